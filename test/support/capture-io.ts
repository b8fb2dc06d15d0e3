import type { CliIo } from '../../src/cli/command.ts';

export type CapturedIo = CliIo & { out: () => string; err: () => string };

/** A CliIo that records what a command prints; env and stdin as given. */
export const captureIo = (
  options: { env?: Record<string, string | undefined>; stdin?: string; cwd?: string } = {},
): CapturedIo => {
  let out = '';
  let err = '';
  return {
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    readStdin: async () => options.stdin ?? '',
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    out: () => out,
    err: () => err,
  };
};
