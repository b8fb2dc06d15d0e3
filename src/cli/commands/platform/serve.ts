import { parseArgs } from 'node:util';
import type { CliCommand } from '../../command.ts';
import { EXIT_OK } from '../../exit-codes.ts';
import { fail } from '../../fail.ts';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Start the web UI and the API (migrates the database; seeds demo data on first start)',
  usage: `Usage: aiexports serve [--port N] [--no-demo]

Serves the API under /api and the web UI at / on PORT (default 3000).
Database: PostgreSQL when DATABASE_URL is set, otherwise the embedded PGlite in AIEXPORTS_DATA_DIR
(default ./.aiexports-data). Migrations run on start. Stop with Ctrl-C.`,
  run: async (argv, io, runtime) => {
    const parsed = parseArgs({
      args: argv,
      options: { port: { type: 'string' }, 'no-demo': { type: 'boolean' } },
      strict: true,
    });
    const started = await runtime.startServer({
      ...(parsed.values.port ? { PORT: parsed.values.port } : {}),
      ...(parsed.values['no-demo'] ? { AIEXPORTS_DEMO: 'false' } : {}),
    });
    if (!started.ok) return fail(io, 'serve', started.error);
    const { database, server } = started.value;
    io.stderr(
      `aiexports: database ${database.description}${database.applied.length ? `, applied ${database.applied.join(', ')}` : ''}\n`,
    );
    if (server.seed?.seeded) {
      for (const list of server.seed.lists) {
        io.stderr(
          `aiexports: imported the ${list.source} list snapshot as of ${list.asOf} (${list.entryCount} entries)\n`,
        );
      }
      io.stderr(`aiexports: seeded demo data. Demo logins (password "${server.seed.password}"):\n`);
      for (const user of server.seed.users) io.stderr(`  ${user.role.padEnd(18)} ${user.email}\n`);
    } else if (server.seed) {
      io.stderr(
        `aiexports: demo logins use password "${server.seed.password}" (e.g. ${server.seed.users[0]?.email}).\n`,
      );
    }
    io.stdout(`aiexports is running at ${server.url}  (API: ${server.url}/api/openapi.json)\n`);
    await runtime.untilStopped();
    await server.close();
    await database.close();
    return EXIT_OK;
  },
};
