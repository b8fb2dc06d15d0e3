import type { CliRuntime } from './cli-runtime.ts';

/** What a CLI command gets to talk to the outside world: passed in so tests can capture it. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** reads standard input fully (for `-` as a file argument) */
  readStdin: () => Promise<string>;
  env: Record<string, string | undefined>;
  cwd: string;
};

/** One `aiexports <name>` command. `run` returns the process exit code (see exit-codes.ts). */
export type CliCommand = {
  name: string;
  /** one line for `aiexports --help` */
  summary: string;
  /** full usage text for `aiexports <name> --help` */
  usage: string;
  run: (argv: string[], io: CliIo, runtime: CliRuntime) => Promise<number>;
};
