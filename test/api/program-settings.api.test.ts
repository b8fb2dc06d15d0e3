import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { AuditEntriesResponse } from '../../src/http/routes/audit/audit.schemas.ts';
import type {
  ListSourcesOverview,
  ProgramSettingsHistory,
  ProgramSettingsOnDate,
  ProgramSettingsSaved,
} from '../../src/http/routes/settings/settings.schemas.ts';
import { createJobHandlers } from '../../src/jobs/job-handlers.ts';
import { runJobsUntilIdle } from '../../src/jobs/run-next-job.ts';
import { scheduleListRefreshes } from '../../src/services/screening/schedule-list-refreshes.ts';
import { buildUser } from '../builders/build-user.ts';
import type { ApiClient } from '../support/api-client.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

for (const engine of testDatabases()) {
  describe(`program settings and list sources on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let admin: ApiClient;
    let compliance: ApiClient;
    let applicant: ApiClient;
    const history = async () => (await admin.get<ProgramSettingsHistory>('/api/v1/program-settings')).body.versions;
    const onDate = async (date: string) =>
      admin.get<ProgramSettingsOnDate & ErrorBody>(`/api/v1/program-settings/as-of?date=${date}`);
    const save = (client: ApiClient, settings: Record<string, unknown>, reason: string) =>
      client.send<ProgramSettingsSaved & ErrorBody>('PUT', '/api/v1/program-settings', { settings, reason });

    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database, { listSchedule: { running: true, demo: false, environmentHours: null } });
      t.deps.sessionTtlHours = 24 * 30;
      admin = (await buildUser(t, { role: 'admin' })).client;
      compliance = (await buildUser(t, { role: 'compliance_officer' })).client;
      applicant = (await buildUser(t, { role: 'applicant' })).client;
    });
    after(async () => database.close());

    it('refuses a change by anyone but an admin with 403, and saves nothing', async () => {
      for (const client of [compliance, applicant]) {
        const response = await save(client, { maxListAgeDays: 30 }, 'not mine to change');
        assert.equal(response.status, 403);
        assert.equal(response.body.error.code, 'forbidden');
      }
      assert.equal((await applicant.get<ErrorBody>('/api/v1/list-sources')).status, 403);
      assert.equal((await applicant.get<ErrorBody>('/api/v1/program-settings/as-of?date=2026-11-01')).status, 403);
      assert.deepEqual(
        (await history()).map((v) => v.version),
        [0],
      );
    });

    it('answers invalid values field by field, with the reason, and saves nothing', async () => {
      const response = await save(
        admin,
        {
          usContentThresholdPercent: 150,
          maxListAgeDays: 0.5,
          listRefreshHours: -1,
          countriesOfConcern: ['China'],
          outboundInvestment: { notifiableAboveOps: 1e25, prohibitedAboveOps: 1e23 },
        },
        ' ',
      );
      assert.equal(response.status, 400);
      assert.equal(response.body.error.code, 'invalid_input');
      const byPath = new Map(
        (response.body.error.details as { path: string; message: string }[]).map((d) => [d.path, d.message]),
      );
      assert.equal(byPath.get('settings.usContentThresholdPercent'), 'must be 100 or less');
      assert.equal(byPath.get('settings.maxListAgeDays'), 'must be a whole number of days');
      assert.equal(byPath.get('settings.listRefreshHours'), 'must be 0 (off) or more');
      assert.match(byPath.get('settings.countriesOfConcern.0') ?? '', /ISO 3166-1/);
      assert.equal(
        byPath.get('settings.outboundInvestment.prohibitedAboveOps'),
        'must be at least the notifiable threshold',
      );
      assert.match(byPath.get('reason') ?? '', /say why/);
      assert.equal((await history()).length, 1);
    });

    it('answers the settings in force on a date: none before the program, the defaults, then each version', async () => {
      const none = await onDate('2026-01-01');
      assert.equal(none.status, 200);
      assert.equal(none.body.version, null);
      assert.match(none.body.message, /^No settings were in force on 2026-01-01/);
      const defaults = await onDate('2026-05-01');
      assert.equal(defaults.body.version?.version, 0);
      assert.equal(defaults.body.version?.settings.maxListAgeDays, 7);

      t.now.value = new Date('2026-11-28T12:00:00Z');
      const first = await save(admin, { maxListAgeDays: 14 }, 'CSL publishes weekly; allow two weeks');
      assert.equal(first.status, 200);
      assert.equal(first.body.version.version, 1);
      t.now.value = new Date('2026-11-30T09:00:00Z');
      assert.equal((await save(admin, { maxListAgeDays: 10, listRefreshHours: 6 }, 'Tighter')).status, 200);

      assert.equal((await onDate('2026-11-27')).body.version?.version, 0);
      assert.equal((await onDate('2026-11-28')).body.version?.version, 1);
      assert.equal((await onDate('2026-11-29')).body.version?.settings.maxListAgeDays, 14);
      assert.equal((await onDate('2026-11-30')).body.version?.version, 2);

      const invalid = await onDate('2026-02-30');
      assert.equal(invalid.status, 400);
      assert.deepEqual(
        (invalid.body.error.details as { path: string }[]).map((d) => d.path),
        ['date'],
      );
    });

    it('shows each version with who saved it, its reason and its changes field by field', async () => {
      const versions = await history();
      assert.deepEqual(
        versions.map((v) => v.version),
        [2, 1, 0],
      );
      const [second, first, defaults] = versions;
      assert.equal(second?.reason, 'Tighter');
      assert.ok(second?.changedByName);
      assert.deepEqual(second?.changes, [
        { field: 'listRefreshHours', before: 24, after: 6 },
        { field: 'maxListAgeDays', before: 14, after: 10 },
      ]);
      assert.deepEqual(first?.changes, [{ field: 'maxListAgeDays', before: 7, after: 14 }]);
      assert.deepEqual(defaults?.changes, []);
    });

    it('audits every change with the settings before and after and the fields changed', async () => {
      const audit = await admin.get<AuditEntriesResponse>('/api/v1/audit?objectId=2');
      const entry = audit.body.entries.find((e) => e.action === 'program-settings.update' && e.objectId === '2');
      assert.ok(entry, 'an audit entry for version 2');
      const summary = entry.summary as {
        reason: string;
        before: { maxListAgeDays: number };
        after: { maxListAgeDays: number };
        changes: unknown[];
      };
      assert.equal(summary.reason, 'Tighter');
      assert.equal(summary.before.maxListAgeDays, 14);
      assert.equal(summary.after.maxListAgeDays, 10);
      assert.equal(summary.changes.length, 2);
    });

    it('shows the list sources with the schedule in force, where it comes from, and each source’s state', async () => {
      const overview = await admin.get<ListSourcesOverview>('/api/v1/list-sources');
      assert.equal(overview.status, 200);
      assert.deepEqual(overview.body.schedule, {
        refreshHours: 6,
        origin: 'program-settings',
        settingHours: 6,
        environmentHours: null,
      });
      assert.equal(overview.body.maxListAgeDays, 10);
      const [watchlist] = overview.body.sources;
      assert.equal(watchlist?.source, 'watchlist');
      assert.equal(watchlist?.url, 'http://127.0.0.1:9/watchlist.csv');
      assert.equal(watchlist?.enabled, true);
      assert.equal(watchlist?.current, null);
      assert.equal(watchlist?.lastRefresh, null);
      assert.equal(watchlist?.nextDueNote, 'Due now: never refreshed');

      await scheduleListRefreshes(t.deps, { sources: ['watchlist'], intervalHours: 6 });
      const queued = (await compliance.get<ListSourcesOverview>('/api/v1/list-sources')).body.sources[0];
      assert.equal(queued?.pending, true);
      assert.equal(queued?.nextDue, null);
      // the source answers 304: the last refresh reads "unchanged", and the next is due 6 h after it was queued
      const notModified = createJobHandlers({
        fetch: async () => new Response(null, { status: 304 }),
        listSources: { watchlist: { url: 'http://127.0.0.1:9/watchlist.csv', format: 'watchlist' } },
      });
      await runJobsUntilIdle(t.deps, notModified);
      const refreshed = (await admin.get<ListSourcesOverview>('/api/v1/list-sources')).body.sources[0];
      assert.equal(refreshed?.lastRefresh?.outcome, 'unchanged');
      assert.equal(refreshed?.pending, false);
      assert.equal(refreshed?.nextDue, new Date(t.now.value.getTime() + 6 * 3_600_000).toISOString());

      assert.equal(
        (await save(admin, { disabledListSources: ['watchlist'] }, 'Source offline for maintenance')).status,
        200,
      );
      const disabled = (await admin.get<ListSourcesOverview>('/api/v1/list-sources')).body;
      assert.equal(disabled.sources[0]?.enabled, false);
      assert.equal(disabled.sources[0]?.nextDueNote, 'Not scheduled: this source is disabled');
    });

    it('says when AIEXPORTS_LIST_REFRESH_HOURS overrides the setting, and that demo mode runs no schedule', async () => {
      const withEnv = await buildTestApp(database, {
        listSchedule: { running: true, demo: false, environmentHours: 12 },
      });
      const envAdmin = (await buildUser(withEnv, { role: 'admin' })).client;
      const body = (await envAdmin.get<ListSourcesOverview>('/api/v1/list-sources')).body;
      assert.equal(body.schedule.origin, 'environment');
      assert.equal(body.schedule.refreshHours, 12);
      assert.equal(body.schedule.settingHours, 24);
      const demo = await buildTestApp(database, { listSchedule: { running: true, demo: true, environmentHours: 12 } });
      const demoAdmin = (await buildUser(demo, { role: 'admin' })).client;
      const demoBody = (await demoAdmin.get<ListSourcesOverview>('/api/v1/list-sources')).body;
      assert.deepEqual([demoBody.schedule.origin, demoBody.schedule.refreshHours], ['demo', 0]);
    });
  });
}
