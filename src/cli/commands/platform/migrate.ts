import { describeTarget, openDatabase } from '../../../main/open-database.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_USAGE } from '../../exit-codes.ts';
import { settingsFromIo } from '../../settings-from-io.ts';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Bring the database schema up to date',
  usage: `Usage: aiexports migrate

Applies pending migrations to the database named by DATABASE_URL, or to the embedded PGlite database in
AIEXPORTS_DATA_DIR (default ./.aiexports-data).`,
  run: async (_argv, io) => {
    const settings = settingsFromIo(io);
    if (!settings) return EXIT_USAGE;
    const database = await openDatabase(settings, io.cwd);
    io.stdout(
      `${describeTarget(database)}: ${database.applied.length ? `applied ${database.applied.join(', ')}` : 'already up to date'}\n`,
    );
    await database.close();
    return 0;
  },
};
