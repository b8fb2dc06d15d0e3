import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../../../test/support/test-databases.ts';
import type { DatabaseHandle } from '../../db/connect.ts';
import { findSession, insertSession } from '../../db/repos/sessions.repo.ts';
import { insertUser } from '../../db/repos/users.repo.ts';
import { purgeExpiredSessions } from './purge-expired-sessions.ts';

for (const engine of testDatabases()) {
  describe(`purgeExpiredSessions on ${engine.name}`, () => {
    let database: DatabaseHandle;
    const now = new Date('2026-11-28T12:00:00Z');
    const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);
    before(async () => {
      database = await engine.open();
      await insertUser(database.db, {
        id: 'u1',
        email: 'a@example.test',
        name: 'A',
        role: 'applicant',
        agency: null,
        passwordHash: 'x',
        companyIds: [],
      });
      for (const [idHash, expiresAt] of [
        ['expired-long-ago', at(-86_400_000)],
        ['expired-just-now', at(-1)],
        ['expires-now', at(0)],
        ['live', at(3_600_000)],
      ] as const) {
        await insertSession(database.db, { idHash, userId: 'u1', csrfToken: 'c', expiresAt });
      }
    });
    after(async () => database.close());

    it('deletes the sessions that expired before now and keeps the others', async () => {
      await purgeExpiredSessions({ db: database.db, clock: () => now });
      assert.equal(await findSession(database.db, 'expired-long-ago'), null);
      assert.equal(await findSession(database.db, 'expired-just-now'), null);
      assert.equal((await findSession(database.db, 'expires-now'))?.userId, 'u1');
      assert.equal((await findSession(database.db, 'live'))?.userId, 'u1');
    });
  });
}
