import { parseArgs } from 'node:util';
import { seedDemo } from '../../../services/demo/seed-demo.ts';
import { DEFAULT_LIST_SNAPSHOTS } from '../../../services/screening/import-list-snapshots.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_OK } from '../../exit-codes.ts';
import { fail, failUsage } from '../../fail.ts';

const listsLine = (lists: { source: string; asOf: string; entryCount: number }[]): string =>
  lists.length === 0
    ? ''
    : ` Lists: ${lists.map((l) => `${l.source} as of ${l.asOf} (${l.entryCount} entries)`).join(', ')}.`;

export const seedCommand: CliCommand = {
  name: 'seed',
  summary: 'Load demo data into an empty database (--demo)',
  usage: `Usage: aiexports seed --demo

Fills an empty database with demo companies (with an ownership chain), two consortia, proposals in
several states, one designated package and one user per role, and imports the list snapshots of
data/lists/ (the trade.gov CSL and the UN list) as list versions. Does nothing when users exist.`,
  run: async (argv, io, runtime) => {
    const parsed = parseArgs({ args: argv, options: { demo: { type: 'boolean' } }, strict: true });
    if (!parsed.values.demo) return failUsage(io, 'seed', 'say --demo (the only data set there is).');
    const opened = await runtime.openDatabase();
    if (!opened.ok) return fail(io, 'seed', opened.error);
    const database = opened.value;
    const result = await seedDemo(database.services, { listSnapshots: DEFAULT_LIST_SNAPSHOTS });
    await database.close();
    if (!result.ok) return fail(io, 'seed', result.error);
    io.stdout(
      result.value.seeded
        ? `Seeded demo data into ${database.description}.${listsLine(result.value.lists)} Logins (password "${result.value.password}"):\n${result.value.users.map((u) => `  ${u.role.padEnd(18)} ${u.email}`).join('\n')}\n`
        : `${database.description} already has users; nothing seeded.\n`,
    );
    return EXIT_OK;
  },
};
