import type { CliRuntime } from '../../cli-runtime.ts';
import type { CliIo } from '../../command.ts';

/** A number option: undefined when absent, an error message when not a number of 0 or more. */
export const numberOption = (name: string, value: string | undefined): { value?: number; error?: string } => {
  if (value === undefined) return {};
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0)
    return { error: `--${name} must be a number of 0 or more, got "${value}"` };
  return { value: n };
};

/** The format option, checked against the formats a command supports. */
export const formatOption = <F extends string>(
  value: string | undefined,
  allowed: readonly F[],
  fallback: F,
): { value?: F; error?: string } => {
  if (value === undefined) return { value: fallback };
  return (allowed as readonly string[]).includes(value)
    ? { value: value as F }
    : { error: `--format must be one of ${allowed.join(', ')}, got "${value}"` };
};

/** Today's date (YYYY-MM-DD, UTC) from the runtime's clock; AIEXPORTS_TODAY overrides it. */
export const today = (io: CliIo, runtime: CliRuntime): string =>
  io.env.AIEXPORTS_TODAY ?? runtime.clock().toISOString().slice(0, 10);

/** A true|false option: undefined when absent, an error message otherwise. */
export const booleanOption = (name: string, value: string | undefined): { value?: boolean; error?: string } => {
  if (value === undefined) return {};
  if (value === 'true') return { value: true };
  if (value === 'false') return { value: false };
  return { error: `--${name} must be true or false, got "${value}"` };
};
