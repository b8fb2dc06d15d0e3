import { resolve } from 'node:path';
import type { Settings } from '../config/settings.schema.ts';
import { err, ok, type Result } from '../core/kernel/result.ts';
import { connectDatabase, type DatabaseHandle } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { acquireDataDirLock, type LockRole } from './data-dir-lock.ts';

export type OpenedDatabase = DatabaseHandle & { applied: string[] };

/**
 * Opens the configured database (PostgreSQL when DATABASE_URL is set, else PGlite in the data folder) and migrates
 * it. PGlite's folder is locked first (`<dataDir>/aiexports.lock`, released on close): while another live process
 * holds it (the server), the answer is `database_in_use`. PostgreSQL takes many writers and is not locked.
 */
export const openDatabase = async (
  settings: Settings,
  cwd: string,
  role: LockRole,
): Promise<Result<OpenedDatabase>> => {
  if (settings.DATABASE_URL) {
    const handle = await connectDatabase({ kind: 'postgres', url: settings.DATABASE_URL });
    const { applied } = await migrateToLatest(handle.db);
    return ok({ ...handle, applied });
  }
  const dataDir = resolve(cwd, settings.AIEXPORTS_DATA_DIR);
  const lock = acquireDataDirLock(dataDir, role);
  if (!lock.ok) return err(lock.error);
  try {
    const handle = await connectDatabase({ kind: 'pglite', dataDir });
    const close = async () => {
      try {
        await handle.close();
      } finally {
        lock.value.release();
      }
    };
    try {
      const { applied } = await migrateToLatest(handle.db);
      return ok({ ...handle, close, applied });
    } catch (error) {
      await close();
      throw error;
    }
  } catch (error) {
    lock.value.release();
    throw error;
  }
};

export const describeTarget = (handle: DatabaseHandle): string =>
  handle.target.kind === 'postgres'
    ? `PostgreSQL at ${handle.target.url.replace(/\/\/[^@]*@/, '//***@')}`
    : `embedded PostgreSQL (PGlite) in ${handle.target.dataDir ?? 'memory'}`;
