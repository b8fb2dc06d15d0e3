import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string | null };

export type DatabaseHandle = { db: Kysely<Database>; target: DatabaseTarget; close: () => Promise<void> };

/**
 * Opens the database: a PostgreSQL server when a URL is given, otherwise the embedded PGlite
 * (kept in dataDir, or in memory when dataDir is null).
 */
export const connectDatabase = async (target: DatabaseTarget): Promise<DatabaseHandle> => {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: target.url, max: 10 });
    // An idle connection the server ended (a restart, a failover, an administrator's termination) is dropped by
    // the pool and the next query opens a new one; without a listener its error would end the process.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, target, close: () => db.destroy() };
  }
  if (target.dataDir !== null) mkdirSync(target.dataDir, { recursive: true });
  const client = target.dataDir === null ? new PGlite() : new PGlite(target.dataDir);
  await client.waitReady;
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite: client }) });
  return {
    db,
    target,
    close: async () => {
      await db.destroy();
      if (!client.closed) await client.close();
    },
  };
};
