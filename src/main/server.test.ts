import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../../test/support/test-databases.ts';
import { SettingsSchema } from '../config/settings.schema.ts';
import type { DatabaseHandle } from '../db/connect.ts';
import { readAuditHead } from '../db/repos/audit.repo.ts';
import { listAuditCheckpoints } from '../db/repos/audit-checkpoints.repo.ts';
import { insertLoginAttempt } from '../db/repos/login-attempts.repo.ts';
import { findSession, insertSession } from '../db/repos/sessions.repo.ts';
import { insertUser } from '../db/repos/users.repo.ts';
import { startServer } from './server.ts';

// no scheduled list refreshes (they would reach the official sites) but in the test of the schedule
const settings = () =>
  SettingsSchema.parse({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    AIEXPORTS_DEMO: 'false',
    AIEXPORTS_LIST_REFRESH_HOURS: '0',
  });

for (const engine of testDatabases()) {
  describe(`startServer on ${engine.name}`, () => {
    let database: DatabaseHandle;
    before(async () => {
      database = await engine.open();
    });
    after(async () => database.close());

    it('purges expired sessions and day-old login attempts when it starts, keeping live ones', async () => {
      await insertUser(database.db, {
        id: 'u1',
        email: 'a@example.test',
        name: 'A',
        role: 'applicant',
        agency: null,
        passwordHash: 'x',
        companyIds: [],
      });
      const hour = 3_600_000;
      const now = Date.now();
      await insertSession(database.db, {
        idHash: 'expired',
        userId: 'u1',
        csrfToken: 'c',
        expiresAt: new Date(now - hour),
      });
      await insertSession(database.db, {
        idHash: 'live',
        userId: 'u1',
        csrfToken: 'c',
        expiresAt: new Date(now + hour),
      });
      for (const [address, at] of [
        ['old', new Date(now - 25 * hour)],
        ['recent', new Date(now - hour)],
      ] as const) {
        await insertLoginAttempt(database.db, { accountHash: 'a', address, at });
      }
      const server = await startServer({ database, settings: settings(), webRoot: null });
      // close waits for the purge run begun at start
      await server.close();
      assert.equal(await findSession(database.db, 'expired'), null);
      assert.equal((await findSession(database.db, 'live'))?.userId, 'u1');
      const attempts = await database.db.selectFrom('login_attempts').select('address').execute();
      assert.deepEqual(
        attempts.map((row) => row.address),
        ['recent'],
      );
    });

    it('keys the login limits on the connection, not on X-Forwarded-For, behind no trusted proxy', async () => {
      const server = await startServer({ database, settings: settings(), webRoot: null, jobWorker: false });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 7; i++) {
          const response = await fetch(`${server.url}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i}` },
            body: JSON.stringify({ email: 'nobody@example.test', password: 'wrong' }),
          });
          statuses.push(response.status);
          await response.arrayBuffer();
        }
        assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429]);
        const recorded = await database.db.selectFrom('login_attempts').select('address').distinct().execute();
        assert.deepEqual(
          recorded.map((row) => row.address).filter((address) => address !== 'recent'),
          ['127.0.0.1'],
        );
      } finally {
        await server.close();
      }
    });

    it('signs the audit trail when it starts with a key, and not again while nothing changed', async () => {
      const settings = SettingsSchema.parse({
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        AIEXPORTS_DEMO: 'true',
      });
      const auditKey = 'server-test-audit-key-0123456789-abcdef';
      const first = await startServer({ database, settings, webRoot: null, auditKey });
      // close waits for the checkpoint run begun at start
      await first.close();
      const checkpoints = await listAuditCheckpoints(database.db);
      assert.equal(checkpoints.length, 1);
      const head = await readAuditHead(database.db);
      assert.equal(checkpoints[0]?.entryCount, head.lastSeq - 1, 'the demo seed is signed; the checkpoint is audited');
      const second = await startServer({ database, settings, webRoot: null, auditKey });
      await second.close();
      assert.equal((await listAuditCheckpoints(database.db)).length, 1);
    });

    it('queues one scheduled refresh per list source outside demo mode, and none again on the next start', async () => {
      const sources = JSON.stringify({
        csl: { url: 'http://127.0.0.1:9/consolidated.csv', format: 'csl' },
        un: { url: 'http://127.0.0.1:9/consolidated.xml', format: 'un' },
      });
      const scheduled = SettingsSchema.parse({
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        AIEXPORTS_DEMO: 'false',
        AIEXPORTS_LIST_SOURCES: sources,
        AIEXPORTS_FETCH_TIMEOUT_SECONDS: '1',
      });
      const refreshJobs = async () =>
        (await database.db.selectFrom('jobs').select('payload').where('kind', '=', 'refresh-list').execute())
          .map((row) => (row.payload as { source: string }).source)
          .sort();
      // close waits for the schedule's run begun at start
      await (await startServer({ database, settings: scheduled, webRoot: null })).close();
      assert.deepEqual(await refreshJobs(), ['csl', 'un']);
      await (await startServer({ database, settings: scheduled, webRoot: null })).close();
      assert.deepEqual(await refreshJobs(), ['csl', 'un'], 'queued or just queued: not again');
    });
  });
}
