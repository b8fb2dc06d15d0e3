import { parseArgs } from 'node:util';
import { describeTarget, openDatabase } from '../../../main/open-database.ts';
import { nodeServiceDeps } from '../../../main/service-deps.node.ts';
import { seedDemo } from '../../../services/demo/seed-demo.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_USAGE } from '../../exit-codes.ts';
import { settingsFromIo } from '../../settings-from-io.ts';

export const seedCommand: CliCommand = {
  name: 'seed',
  summary: 'Load demo data into an empty database (--demo)',
  usage: `Usage: aiexports seed --demo

Fills an empty database with demo companies (with an ownership chain), two consortia, proposals in
several states, one designated package and one user per role. Does nothing when users exist.`,
  run: async (argv, io) => {
    const parsed = parseArgs({ args: argv, options: { demo: { type: 'boolean' } }, strict: true });
    if (!parsed.values.demo) {
      io.stderr('aiexports seed: say --demo (the only data set there is).\n');
      return EXIT_USAGE;
    }
    const settings = settingsFromIo(io);
    if (!settings) return EXIT_USAGE;
    const database = await openDatabase(settings, io.cwd);
    const result = await seedDemo(nodeServiceDeps(database.db, { sessionTtlHours: settings.SESSION_TTL_HOURS }));
    await database.close();
    if (!result.ok) {
      io.stderr(`aiexports seed: ${result.error.message}\n`);
      return 1;
    }
    io.stdout(
      result.value.seeded
        ? `Seeded demo data into ${describeTarget(database)}. Logins (password "${result.value.password}"):\n${result.value.users.map((u) => `  ${u.role.padEnd(18)} ${u.email}`).join('\n')}\n`
        : `${describeTarget(database)} already has users; nothing seeded.\n`,
    );
    return 0;
  },
};
