import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

export type TestDatabase = { name: 'pglite' | 'postgres'; open: () => Promise<DatabaseHandle> };

/** A fresh, migrated PGlite database in memory. */
const pglite: TestDatabase = {
  name: 'pglite',
  open: async () => {
    const handle = await connectDatabase({ kind: 'pglite', dataDir: null });
    await migrateToLatest(handle.db);
    return handle;
  },
};

/**
 * A fresh, empty database on the PostgreSQL server of `url` (not migrated): its own URL, and `drop` to remove it
 * (connections still open to it are ended).
 */
export const createPostgresDatabase = async (url: string): Promise<{ url: string; drop: () => Promise<void> }> => {
  const name = `aiex_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
};

/** A fresh, migrated database on the PostgreSQL server of DATABASE_URL; dropped again on close. */
const postgres = (url: string): TestDatabase => ({
  name: 'postgres',
  open: async () => {
    const created = await createPostgresDatabase(url);
    const handle = await connectDatabase({ kind: 'postgres', url: created.url });
    await migrateToLatest(handle.db);
    return {
      ...handle,
      close: async () => {
        await handle.close();
        await created.drop();
      },
    };
  },
});

/**
 * The engines every data-layer and API test runs against: PGlite always, and PostgreSQL as well when
 * DATABASE_URL is set (`.ci/run` starts a server and sets it).
 */
export const testDatabases = (): TestDatabase[] => {
  const url = process.env.DATABASE_URL;
  return url ? [pglite, postgres(url)] : [pglite];
};
