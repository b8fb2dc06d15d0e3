import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { testDatabases } from '../../test/support/test-databases.ts';

const postgres = testDatabases().find((engine) => engine.name === 'postgres');

describe('connectDatabase on PostgreSQL', { skip: postgres ? false : 'needs DATABASE_URL' }, () => {
  it('survives the server ending an idle connection, and answers the next query on a new one', async () => {
    const database = await (postgres ?? testDatabases()[0]!).open();
    try {
      const first = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(database.db);
      const pid = first.rows[0]!.pid;
      // another session ends the idle connection, as a restart or an administrator would
      const other = await (postgres ?? testDatabases()[0]!).open();
      await sql`SELECT pg_terminate_backend(${pid})`.execute(other.db);
      const alive = async () =>
        (await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = ${pid}`.execute(other.db))
          .rows[0]!.n;
      while ((await alive()) > 0);
      await other.close();
      const next = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(database.db);
      assert.notEqual(next.rows[0]!.pid, pid);
    } finally {
      await database.close();
    }
  });
});

describe('connectDatabase on PGlite', () => {
  it('opens the embedded database with the smaller shared buffers, in memory and in a folder', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { connectDatabase, PGLITE_SHARED_BUFFERS } = await import('./connect.ts');
    const dir = mkdtempSync(join(tmpdir(), 'aiex-connect-'));
    try {
      for (const dataDir of [null, dir]) {
        const handle = await connectDatabase({ kind: 'pglite', dataDir });
        try {
          const row = await sql<{ value: string }>`SELECT current_setting('shared_buffers') AS value`.execute(
            handle.db,
          );
          assert.equal(row.rows[0]!.value, PGLITE_SHARED_BUFFERS);
          // PGlite's own start parameters still hold (the public schema first on the search path)
          const path = await sql<{ value: string }>`SELECT current_setting('search_path') AS value`.execute(handle.db);
          assert.equal(path.rows[0]!.value, 'public');
        } finally {
          await handle.close();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
