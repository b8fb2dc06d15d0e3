import { resolve } from 'node:path';
import type { Settings } from '../config/settings.schema.ts';
import { connectDatabase, type DatabaseHandle } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';

/** Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite in the data folder) and migrates it. */
export const openDatabase = async (
  settings: Settings,
  cwd: string,
): Promise<DatabaseHandle & { applied: string[] }> => {
  const handle = await connectDatabase(
    settings.DATABASE_URL
      ? { kind: 'postgres', url: settings.DATABASE_URL }
      : { kind: 'pglite', dataDir: resolve(cwd, settings.AIEXPORTS_DATA_DIR) },
  );
  const { applied } = await migrateToLatest(handle.db);
  return { ...handle, applied };
};

export const describeTarget = (handle: DatabaseHandle): string =>
  handle.target.kind === 'postgres'
    ? `PostgreSQL at ${handle.target.url.replace(/\/\/[^@]*@/, '//***@')}`
    : `embedded PostgreSQL (PGlite) in ${handle.target.dataDir ?? 'memory'}`;
