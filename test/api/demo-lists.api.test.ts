import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ListVersionsResponse, ScreenResponse } from '../../src/http/routes/screening/screening.schemas.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/services/demo/demo-data.ts';
import { seedDemo } from '../../src/services/demo/seed-demo.ts';
import { DEFAULT_LIST_SNAPSHOTS } from '../../src/services/screening/import-list-snapshots.ts';
import { raiseStaleListAlerts } from '../../src/services/screening/raise-stale-list-alerts.ts';
import { programSettingsAt } from '../../src/services/settings/program-settings.ts';
import type { ApiClient } from '../support/api-client.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const compliance = DEMO_USERS.find((u) => u.key === 'compliance')!.email;

for (const engine of testDatabases()) {
  describe(`demo seed with the list snapshots on ${engine.name}`, { timeout: 180_000 }, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let client: ApiClient;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
    });
    after(async () => database.close());

    it('imports the CSL and UN snapshots of data/lists as list versions dated as their files', async () => {
      const seeded = await seedDemo(t.deps, { listSnapshots: DEFAULT_LIST_SNAPSHOTS });
      assert.ok(seeded.ok);
      assert.deepEqual(
        seeded.value.lists.map((l) => ({ source: l.source, asOf: l.asOf, entryCount: l.entryCount })),
        [
          { source: 'csl', asOf: '2026-07-31', entryCount: 25_921 },
          { source: 'un', asOf: '2026-02-27', entryCount: 1003 },
        ],
      );
      client = t.client();
      assert.equal((await client.login(compliance, DEMO_PASSWORD)).status, 200);
      const versions = (await client.get<ListVersionsResponse>('/api/v1/lists')).body.versions;
      assert.deepEqual(
        versions.map((v) => ({ source: v.source, asOf: v.asOf, isCurrent: v.isCurrent, stale: v.stale })),
        [
          // the test clock reads 2026-11-28: both snapshots are older than the default maximum age of 7 days, and
          // the demo's settings version allows the oldest one's age and 30 days more
          { source: 'csl', asOf: '2026-07-31', isCurrent: true, stale: false },
          { source: 'un', asOf: '2026-02-27', isCurrent: true, stale: false },
        ],
      );
      const settings = await programSettingsAt(t.deps.db, t.now.value);
      assert.equal(settings.settings.maxListAgeDays, 274 + 30);
      assert.match(settings.reason, /^Demo data: the bundled list snapshots \(csl of 2026-07-31, un of 2026-02-27\)/);
      assert.ok(versions.every((v) => v.entryCount > 0 && v.importedBy === null));
    });

    it('screens against them out of the box and says how old they are', async () => {
      const response = await client.send<ScreenResponse>('POST', '/api/v1/screen', {
        names: [{ name: 'Huawei Technologies Co., Ltd.' }],
      });
      assert.equal(response.status, 200);
      assert.ok(response.body.results[0]!.hits.some((h) => h.listSource === 'csl'));
      assert.deepEqual(
        response.body.lists.map((l) => ({ source: l.source, asOf: l.asOf, ageDays: l.ageDays })),
        [
          { source: 'csl', asOf: '2026-07-31', ageDays: 120 },
          { source: 'un', asOf: '2026-02-27', ageDays: 274 },
        ],
      );
      const alerts = await raiseStaleListAlerts(t.deps);
      assert.ok(alerts.ok);
      assert.deepEqual(alerts.value.raised, [], 'within the demo allowance');
      t.now.value = new Date(t.now.value.getTime() + 31 * 86_400_000);
      const later = await raiseStaleListAlerts(t.deps);
      assert.ok(later.ok);
      assert.deepEqual(
        later.value.raised.map((a) => a.source),
        ['un'],
        'a month on, the UN snapshot is stale',
      );
    });

    it('imports nothing when the seed runs again on a seeded database', async () => {
      const again = await seedDemo(t.deps, { listSnapshots: DEFAULT_LIST_SNAPSHOTS });
      assert.ok(again.ok);
      assert.equal(again.value.seeded, false);
      assert.deepEqual(again.value.lists, []);
    });
  });
}
