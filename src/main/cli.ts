import type { CliIo } from '../cli/command.ts';
import { runCommandLine } from '../cli/run-command-line.ts';
import { nodeCliRuntime } from './cli-runtime.node.ts';

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/** The io of the running process: its streams, environment and working directory. */
export const processIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  env: process.env,
  cwd: process.cwd(),
});

/** Runs one CLI invocation: builds the runtime from the io (settings from its environment) and runs the command. */
export const runCli = async (argv: string[], io: CliIo): Promise<number> =>
  runCommandLine(argv, io, nodeCliRuntime(io));
