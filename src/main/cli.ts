import { readFileSync } from 'node:fs';
import type { CliIo } from '../cli/command.ts';
import { COMMANDS, type CommandEntry } from '../cli/commands/index.ts';
import { EXIT_OK, EXIT_USAGE } from '../cli/exit-codes.ts';

const readStdin = async (): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

export const processIo = (): CliIo => ({
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  env: process.env,
  cwd: process.cwd(),
});

const version = (): string => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
};

const helpText = (commands: CommandEntry[]): string => {
  const width = Math.max(...commands.map((c) => c.name.length), 8);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'aiexports — the American AI Exports Program platform',
    '',
    'Usage: aiexports <command> [options]',
    '       aiexports <command> --help',
    '',
    'Commands:',
    ...lines,
    '',
    'Exit codes: 0 ok, 1 findings or failure, 2 invalid input or usage.',
    '',
  ].join('\n');
};

/** Runs one CLI invocation; returns the exit code. */
export const runCli = async (argv: string[], io: CliIo): Promise<number> => {
  const commands = COMMANDS;
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText(commands));
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version()}\n`);
    return EXIT_OK;
  }
  // "audit verify" style: a two-word command name wins over a one-word one
  const twoWord = rest[0] === undefined ? undefined : commands.find((c) => c.name === `${name} ${rest[0]}`);
  const entry = twoWord ?? commands.find((c) => c.name === name);
  const args = twoWord ? rest.slice(1) : rest;
  if (!entry) {
    io.stderr(`aiexports: unknown command "${name}". Run "aiexports --help" for the list.\n`);
    return EXIT_USAGE;
  }
  const command = await entry.load();
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.usage.trimEnd()}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    // parseArgs reports unknown or malformed options by throwing; those are usage errors, not crashes
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`aiexports ${entry.name}: ${error.message}\nRun "aiexports ${entry.name} --help" for usage.\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
};
