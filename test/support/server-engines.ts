import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { connectDatabase, type DatabaseHandle } from '../../src/db/connect.ts';
import type { ServerDatabase } from './server-process.ts';
import { createPostgresDatabase } from './test-databases.ts';

/** A fresh database for server processes: where it is, a connection from the test, and its removal. */
export type ServerEngineDatabase = {
  database: ServerDatabase;
  /** a connection from the test process (on PGlite only while no server runs on the folder) */
  connect: () => Promise<DatabaseHandle>;
  /**
   * Bytes the database takes on disk, uncommitted writes included: it grows while a transaction inserts, which
   * tells a crash test that an import is under way. Callable while a server runs.
   */
  storageBytes: () => Promise<number>;
  remove: () => Promise<void>;
};

export type ServerEngine = { name: 'pglite' | 'postgres'; create: () => Promise<ServerEngineDatabase> };

const folderBytes = async (folder: string): Promise<number> => {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    // a file may vanish between the listing and the stat (PostgreSQL removes temporary files)
    total += entry.isDirectory() ? await folderBytes(path) : ((await stat(path).catch(() => null))?.size ?? 0);
  }
  return total;
};

const pglite: ServerEngine = {
  name: 'pglite',
  create: async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'aiex-server-'));
    return {
      database: { kind: 'pglite', dataDir },
      connect: () => connectDatabase({ kind: 'pglite', dataDir }),
      // table and index files live under base/ (the write-ahead log is preallocated, so its size says nothing)
      storageBytes: () => folderBytes(join(dataDir, 'base')).catch(() => 0),
      remove: () => rm(dataDir, { recursive: true, force: true }),
    };
  },
};

const postgres = (serverUrl: string): ServerEngine => ({
  name: 'postgres',
  create: async () => {
    const created = await createPostgresDatabase(serverUrl);
    let probe: DatabaseHandle | null = null;
    return {
      database: { kind: 'postgres', url: created.url },
      connect: () => connectDatabase({ kind: 'postgres', url: created.url }),
      storageBytes: async () => {
        probe ??= await connectDatabase({ kind: 'postgres', url: created.url });
        const result = await sql<{ size: string }>`select pg_database_size(current_database()) as size`.execute(
          probe.db,
        );
        return Number(result.rows[0]?.size ?? 0);
      },
      remove: async () => {
        await probe?.close();
        await created.drop();
      },
    };
  },
});

/** The engines a server process runs on in tests: PGlite in a temporary folder always, PostgreSQL when DATABASE_URL is set. */
export const serverEngines = (): ServerEngine[] => {
  const url = process.env.DATABASE_URL;
  return url ? [pglite, postgres(url)] : [pglite];
};
