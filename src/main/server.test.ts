import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../../test/support/test-databases.ts';
import { SettingsSchema } from '../config/settings.schema.ts';
import type { DatabaseHandle } from '../db/connect.ts';
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
  });
}
