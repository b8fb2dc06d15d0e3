import { type AppError, appError } from '../core/kernel/errors.ts';
import type { CliIo } from './command.ts';
import { exitCodeFor } from './exit-codes.ts';

/** Prints a failure of `aiexports <command>` and returns its exit code from the table: every failure ends here. */
export const fail = (io: CliIo, command: string, error: AppError, options: { usageHint?: boolean } = {}): number => {
  const hint = options.usageHint ? `Run "aiexports ${command} --help" for usage.\n` : '';
  io.stderr(`aiexports${command ? ` ${command}` : ''}: ${error.message}\n${hint}`);
  return exitCodeFor[error.code];
};

/** A usage error (bad or missing argument, unreadable input): `invalid_input`, exit code 2. */
export const failUsage = (io: CliIo, command: string, message: string): number =>
  fail(io, command, appError('invalid_input', message), { usageHint: true });
