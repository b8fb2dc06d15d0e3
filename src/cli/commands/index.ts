import type { CliCommand } from '../command.ts';

/** Every `aiexports` command, in the order `--help` lists them. Add one line per command. */
export const loadCommands = async (): Promise<CliCommand[]> => [];
