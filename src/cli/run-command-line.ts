import { appError } from '../core/kernel/errors.ts';
import type { CliRuntime } from './cli-runtime.ts';
import type { CliIo } from './command.ts';
import { COMMANDS, type CommandEntry } from './commands/index.ts';
import { EXIT_OK, exitCodeFor } from './exit-codes.ts';
import { fail, failUsage } from './fail.ts';

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
    'Exit codes: 0 ok, 1 findings (blockers), 2 invalid input or usage, 7 audit chain broken,',
    '            10 unexpected failure (the full table: src/cli/exit-codes.ts).',
    '',
  ].join('\n');
};

const isParseArgsError = (error: unknown): error is TypeError =>
  error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');

/** Runs one CLI invocation with the runtime the composition root built; returns the exit code. */
export const runCommandLine = async (argv: string[], io: CliIo, runtime: CliRuntime): Promise<number> => {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText(COMMANDS));
    return name === undefined ? exitCodeFor.invalid_input : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${runtime.version}\n`);
    return EXIT_OK;
  }
  // "audit verify" style: a two-word command name wins over a one-word one
  const twoWord = rest[0] === undefined ? undefined : COMMANDS.find((c) => c.name === `${name} ${rest[0]}`);
  const entry = twoWord ?? COMMANDS.find((c) => c.name === name);
  const args = twoWord ? rest.slice(1) : rest;
  if (!entry) {
    return fail(io, '', appError('invalid_input', `unknown command "${name}". Run "aiexports --help" for the list.`));
  }
  const command = await entry.load();
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${command.usage.trimEnd()}\n`);
    return EXIT_OK;
  }
  try {
    return await command.run(args, io, runtime);
  } catch (error) {
    // parseArgs reports unknown or malformed options by throwing; those are usage errors, not crashes
    if (isParseArgsError(error)) return failUsage(io, entry.name, error.message);
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return fail(io, entry.name, appError('internal_error', `unexpected failure: ${detail}`));
  }
};
