import { parseArgs } from 'node:util';
import { seedDemo } from '../../../services/demo/seed-demo.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_OK } from '../../exit-codes.ts';
import { fail, failUsage } from '../../fail.ts';

export const seedCommand: CliCommand = {
  name: 'seed',
  summary: 'Load demo data into an empty database (--demo)',
  usage: `Usage: aiexports seed --demo

Fills an empty database with demo companies (with an ownership chain), two consortia, proposals in
several states, one designated package and one user per role. Does nothing when users exist.`,
  run: async (argv, io, runtime) => {
    const parsed = parseArgs({ args: argv, options: { demo: { type: 'boolean' } }, strict: true });
    if (!parsed.values.demo) return failUsage(io, 'seed', 'say --demo (the only data set there is).');
    const opened = await runtime.openDatabase();
    if (!opened.ok) return fail(io, 'seed', opened.error);
    const database = opened.value;
    const result = await seedDemo(database.services);
    await database.close();
    if (!result.ok) return fail(io, 'seed', result.error);
    io.stdout(
      result.value.seeded
        ? `Seeded demo data into ${database.description}. Logins (password "${result.value.password}"):\n${result.value.users.map((u) => `  ${u.role.padEnd(18)} ${u.email}`).join('\n')}\n`
        : `${database.description} already has users; nothing seeded.\n`,
    );
    return EXIT_OK;
  },
};
