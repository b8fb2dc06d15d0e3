import { parseArgs } from 'node:util';
import { describeTarget, openDatabase } from '../../../main/open-database.ts';
import { startServer } from '../../../main/server.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_USAGE } from '../../exit-codes.ts';
import { settingsFromIo } from '../../settings-from-io.ts';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Start the web UI and the API (migrates the database; seeds demo data on first start)',
  usage: `Usage: aiexports serve [--port N] [--no-demo]

Serves the API under /api and the web UI at / on PORT (default 3000).
Database: PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite in AIEXPORTS_DATA_DIR
(default ./.aiexports-data). Migrations run on start. Stop with Ctrl-C.`,
  run: async (argv, io) => {
    const parsed = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, 'no-demo': { type: 'boolean' } },
      strict: true,
    });
    const settings = settingsFromIo(io, {
      ...(parsed.values.port ? { PORT: parsed.values.port } : {}),
      ...(parsed.values['no-demo'] ? { AIEXPORTS_DEMO: 'false' } : {}),
    });
    if (!settings) return EXIT_USAGE;
    const database = await openDatabase(settings, io.cwd);
    const server = await startServer({ database, settings });
    io.stderr(
      `aiexports: database ${describeTarget(database)}${database.applied.length ? `, applied ${database.applied.join(', ')}` : ''}\n`,
    );
    if (server.seed?.seeded) {
      io.stderr(`aiexports: seeded demo data. Demo logins (password "${server.seed.password}"):\n`);
      for (const user of server.seed.users) io.stderr(`  ${user.role.padEnd(18)} ${user.email}\n`);
    } else if (server.seed) {
      io.stderr(
        `aiexports: demo logins use password "${server.seed.password}" (e.g. ${server.seed.users[0]?.email}).\n`,
      );
    }
    io.stdout(`aiexports is running at ${server.url}  (API: ${server.url}/api/openapi.json)\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    await database.close();
    return 0;
  },
};
