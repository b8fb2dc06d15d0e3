import type { CliCommand } from '../../command.ts';
import { EXIT_OK } from '../../exit-codes.ts';
import { fail } from '../../fail.ts';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Bring the database schema up to date',
  usage: `Usage: aiexports migrate

Applies pending migrations to the database named by DATABASE_URL, or to the embedded PGlite database in
AIEXPORTS_DATA_DIR (default ./.aiexports-data).`,
  run: async (_argv, io, runtime) => {
    const opened = await runtime.openDatabase();
    if (!opened.ok) return fail(io, 'migrate', opened.error);
    const database = opened.value;
    io.stdout(
      `${database.description}: ${database.applied.length ? `applied ${database.applied.join(', ')}` : 'already up to date'}\n`,
    );
    await database.close();
    return EXIT_OK;
  },
};
