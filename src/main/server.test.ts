import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../../test/support/test-databases.ts';
import { SettingsSchema } from '../config/settings.schema.ts';
import type { DatabaseHandle } from '../db/connect.ts';
import { readAuditHead } from '../db/repos/audit.repo.ts';
import { listAuditCheckpoints } from '../db/repos/audit-checkpoints.repo.ts';
import { findSession, insertSession } from '../db/repos/sessions.repo.ts';
import { insertUser } from '../db/repos/users.repo.ts';
import { startServer } from './server.ts';

for (const engine of testDatabases()) {
  describe(`startServer on ${engine.name}`, () => {
    let database: DatabaseHandle;
    before(async () => {
      database = await engine.open();
    });
    after(async () => database.close());

    it('purges expired sessions when it starts, keeping live ones', async () => {
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
      const settings = SettingsSchema.parse({
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        AIEXPORTS_DEMO: 'false',
      });
      const server = await startServer({ database, settings, webRoot: null });
      // close waits for the purge run begun at start
      await server.close();
      assert.equal(await findSession(database.db, 'expired'), null);
      assert.equal((await findSession(database.db, 'live'))?.userId, 'u1');
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
  });
}
