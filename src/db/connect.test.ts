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
