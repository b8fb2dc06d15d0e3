import { existsSync } from 'node:fs';
import { SettingsSchema } from '../../src/config/settings.schema.ts';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { DEFAULT_WEB_ROOT, startServer } from '../../src/main/server.ts';
import { fixturePath } from './data-paths.ts';

export type TestServer = {
  url: string;
  close: () => Promise<void>;
  /** the server's database, for a journey that sets up what no page makes yet */
  db: DatabaseHandle['db'];
};

/**
 * The real server on a free port: a fresh in-memory PGlite database, migrated and seeded with the demo
 * data (with a three-entry cut of the CSL snapshot, test/fixtures/demo-lists/), serving the built web UI (built first with `npm run build:web` when dist/web is missing).
 */
export const startTestServer = async (): Promise<TestServer> => {
  if (!existsSync(`${DEFAULT_WEB_ROOT}/index.html`)) {
    throw new Error('The web UI is not built: run "npm run build:web" (npm install does it).');
  }
  const database = await connectDatabase({ kind: 'pglite', dataDir: null });
  await migrateToLatest(database.db);
  const settings = SettingsSchema.parse({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' });
  // the journeys import the lists they need; the demo imports a three-entry cut of its CSL snapshot (the full
  // snapshots are slow to import), enough for the designation gate to screen the demo's packages
  const server = await startServer({
    database,
    settings,
    webRoot: DEFAULT_WEB_ROOT,
    listSnapshots: fixturePath('demo-lists'),
  });
  return {
    url: server.url,
    db: database.db,
    close: async () => {
      await server.close();
      await database.close();
    },
  };
};
