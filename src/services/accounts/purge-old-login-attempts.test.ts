import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../../../test/support/test-databases.ts';
import { DEFAULT_LOGIN_THROTTLE } from '../../core/accounts/login-throttle.ts';
import type { DatabaseHandle } from '../../db/connect.ts';
import { insertLoginAttempt } from '../../db/repos/login-attempts.repo.ts';
import { purgeOldLoginAttempts } from './purge-old-login-attempts.ts';

for (const engine of testDatabases()) {
  describe(`purgeOldLoginAttempts on ${engine.name}`, () => {
    let database: DatabaseHandle;
    const now = new Date('2026-11-28T12:00:00Z');
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);
    before(async () => {
      database = await engine.open();
      for (const [address, at] of [
        ['two-days', hoursAgo(48)],
        ['just-over-a-day', hoursAgo(24.01)],
        ['just-under-a-day', hoursAgo(23.99)],
        ['now', now],
      ] as const) {
        await insertLoginAttempt(database.db, { accountHash: 'a', address, at });
      }
    });
    after(async () => database.close());

    it('deletes the attempts older than the longest window and keeps the others', async () => {
      const deleted = await purgeOldLoginAttempts({ db: database.db, clock: () => now }, DEFAULT_LOGIN_THROTTLE);
      assert.equal(deleted, 2);
      const left = await database.db.selectFrom('login_attempts').select('address').orderBy('attempted_at').execute();
      assert.deepEqual(
        left.map((row) => row.address),
        ['just-under-a-day', 'now'],
      );
    });
  });
}
