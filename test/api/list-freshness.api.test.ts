import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { FindingsReport } from '../../src/http/routes/eligibility/eligibility.schemas.ts';
import type {
  AlertsResponse,
  ListImportResult,
  ListVersionsResponse,
  ProposalScreening,
  ScreenResponse,
} from '../../src/http/routes/screening/screening.schemas.ts';
import { createJobHandlers } from '../../src/jobs/job-handlers.ts';
import { runJobsUntilIdle } from '../../src/jobs/run-next-job.ts';
import { raiseStaleListAlerts } from '../../src/services/screening/raise-stale-list-alerts.ts';
import { scheduleListRefreshes } from '../../src/services/screening/schedule-list-refreshes.ts';
import { type BuiltConsortium, buildConsortium } from '../builders/build-consortium.ts';
import { buildProposal } from '../builders/build-proposal.ts';
import { buildUser } from '../builders/build-user.ts';
import type { ApiClient } from '../support/api-client.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const WATCHLIST =
  'id,name,aliases,type,countries,source\nW-1,Zephyrion Dynamics Trading LLC,,company,AE,Agency watchlist\n';
const DAY_MS = 86_400_000;

const handlers = createJobHandlers({
  fetch: async () => {
    throw new Error('no network in tests');
  },
  listSources: {},
});

for (const engine of testDatabases()) {
  describe(`list freshness and fail-closed screening on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let compliance: ApiClient;
    let consortium: BuiltConsortium;
    let versionId: string;
    const runJobs = () => runJobsUntilIdle(t.deps, handlers);
    const submitted = async (title: string) => {
      const proposal = await buildProposal(t, { consortium, status: 'submitted', content: { title } });
      await runJobs();
      return proposal.id;
    };
    const notScreened = async (proposalId: string) => {
      const findings = await consortium.anchor.client.get<FindingsReport>(`/api/v1/proposals/${proposalId}/findings`);
      assert.equal(findings.status, 200);
      return findings.body.findings.filter((f) => f.code === 'party_not_screened');
    };
    const screening = async (proposalId: string) =>
      (await compliance.get<ProposalScreening>(`/api/v1/proposals/${proposalId}/screening`)).body;

    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
      t.deps.sessionTtlHours = 24 * 60; // the clock moves on by days here; the sessions stay valid
      compliance = (await buildUser(t, { role: 'compliance_officer' })).client;
      consortium = await buildConsortium(t);
    });
    after(async () => database.close());

    it('answers 409 lists_unavailable to a screening with no list version loaded, saying how to load one', async () => {
      const response = await compliance.send<ErrorBody>('POST', '/api/v1/screen', { names: [{ name: 'Huawei' }] });
      assert.equal(response.status, 409);
      assert.equal(response.body.error.code, 'lists_unavailable');
      assert.match(response.body.error.message, /aiexports lists import/);
      assert.match(response.body.error.message, /POST \/api\/v1\/lists\/import/);
      assert.match(response.body.error.message, /demo data/);
    });

    it('records the parties of a proposal submitted with no list as not screened, a blocker on the proposal', async () => {
      const proposalId = await submitted('Submitted before any list');
      const parties = (await screening(proposalId)).parties;
      assert.ok(parties.length > 0);
      for (const party of parties) {
        assert.equal(party.screeningStatus, 'not_screened');
        assert.deepEqual(party.listVersionIds, []);
      }
      const blockers = await notScreened(proposalId);
      assert.equal(blockers.length, parties.length);
      assert.equal(blockers[0]?.severity, 'blocker');
      assert.match(blockers[0]?.explanation ?? '', /no screening list was loaded/);
      assert.ok((blockers[0]?.citations.length ?? 0) > 0);
    });

    it('clears the blocker once a current list is loaded and re-screened, and screens new proposals against it', async () => {
      const imported = await compliance.send<ListImportResult>('POST', '/api/v1/lists/import', {
        source: 'watchlist:agency',
        format: 'watchlist',
        content: WATCHLIST,
        fileName: 'agency_2026-11-28.csv',
      });
      assert.equal(imported.status, 201);
      versionId = imported.body.version.id;
      await runJobs(); // the delta re-screening of every stored party
      const [first] = (await compliance.get<{ proposals: { id: string }[] }>('/api/v1/proposals')).body.proposals;
      assert.ok(first);
      const earlier = await screening(first.id);
      assert.ok(
        earlier.parties.every((p) => p.screeningStatus === 'screened' && (p.listVersionIds ?? []).includes(versionId)),
      );
      assert.deepEqual(await notScreened(first.id), []);

      const later = await submitted('Submitted with a current list');
      const parties = (await screening(later)).parties;
      assert.ok(parties.length > 0);
      assert.ok(parties.every((p) => p.screeningStatus === 'screened' && p.listVersionIds?.[0] === versionId));
      assert.deepEqual(await notScreened(later), []);
      // officers get the list versions used with their age; the applicant neither those nor the version ids
      const officers = await screening(later);
      assert.deepEqual(
        officers.lists?.map((l) => ({ id: l.id, asOf: l.asOf, ageDays: l.ageDays, stale: l.stale })),
        [{ id: versionId, asOf: '2026-11-28', ageDays: 0, stale: false }],
      );
      const own = await consortium.anchor.client.get<ProposalScreening>(`/api/v1/proposals/${later}/screening`);
      assert.equal(own.status, 200);
      assert.equal(own.body.lists, undefined);
      assert.ok(own.body.parties.length > 0);
      assert.ok(own.body.parties.every((p) => p.listVersionIds === undefined && p.screeningStatus === 'screened'));
    });

    it('shows each list version with its age where lists are used', async () => {
      const screened = await compliance.send<ScreenResponse>('POST', '/api/v1/screen', {
        names: [{ name: 'Zephyrion Dynamics Trading' }],
      });
      assert.equal(screened.status, 200);
      assert.equal(screened.body.results[0]?.hits[0]?.entryId, 'W-1');
      const used = screened.body.lists[0];
      assert.equal(used?.id, versionId);
      assert.equal(used?.asOf, '2026-11-28');
      assert.equal(used?.ageDays, 0);
      assert.equal(used?.stale, false);
      assert.equal(used?.importedAt, t.now.value.toISOString());
      const versions = await compliance.get<ListVersionsResponse>('/api/v1/lists');
      assert.deepEqual(
        versions.body.versions.map((v) => ({ ageDays: v.ageDays, stale: v.stale, maxAgeDays: v.maxAgeDays })),
        [{ ageDays: 0, stale: false, maxAgeDays: 7 }],
      );
      assert.equal(versions.body.schedule.refreshHours, 0);
      assert.deepEqual(versions.body.schedule.sources, ['watchlist']);
      assert.deepEqual(versions.body.schedule.status, [
        { source: 'watchlist', lastRefresh: null, lastScheduled: null, nextDueAt: null, pending: false },
      ]);
    });

    it('raises one list_stale alert per version past maxListAgeDays, and screens against stale lists as not screened', async () => {
      t.now.value = new Date(t.now.value.getTime() + 10 * DAY_MS);
      const first = await raiseStaleListAlerts(t.deps);
      assert.ok(first.ok);
      assert.deepEqual(first.value.raised, [{ source: 'watchlist:agency', listVersionId: versionId, ageDays: 10 }]);
      const again = await raiseStaleListAlerts(t.deps);
      assert.ok(again.ok);
      assert.deepEqual(again.value.raised, []);
      const alerts = (await compliance.get<AlertsResponse>('/api/v1/alerts')).body.alerts;
      const stale = alerts.filter((a) => a.kind === 'list_stale');
      assert.equal(stale.length, 1);
      assert.equal(stale[0]?.listVersionId, versionId);
      assert.match(stale[0]?.message ?? '', /older than the maximum list age of 7 days/);
      const versions = await compliance.get<ListVersionsResponse>('/api/v1/lists');
      assert.equal(versions.body.versions[0]?.stale, true);
      assert.equal(versions.body.versions[0]?.ageDays, 10);

      const proposalId = await submitted('Submitted with only a stale list');
      const parties = (await screening(proposalId)).parties;
      assert.ok(parties.every((p) => p.screeningStatus === 'not_screened' && p.listVersionIds?.[0] === versionId));
      const blockers = await notScreened(proposalId);
      assert.equal(blockers.length, parties.length);
      assert.match(blockers[0]?.explanation ?? '', /watchlist:agency as of 2026-11-28 \(10 days old\)/);
    });

    it('queues one scheduled refresh per source, not a second while one is queued or the interval has not passed', async () => {
      const input = { sources: ['csl', 'un'], intervalHours: 24 };
      const first = await scheduleListRefreshes(t.deps, input);
      assert.ok(first.ok);
      assert.deepEqual(
        first.value.queued.map((q) => q.source),
        ['csl', 'un'],
      );
      const second = await scheduleListRefreshes(t.deps, input);
      assert.ok(second.ok);
      assert.deepEqual(second.value, { queued: [], skipped: ['csl', 'un'] });
      const jobs = await t.deps.db
        .selectFrom('jobs')
        .select(['lane', 'status'])
        .where('kind', '=', 'refresh-list')
        .execute();
      assert.deepEqual(jobs, [
        { lane: 'lists', status: 'queued' },
        { lane: 'lists', status: 'queued' },
      ]);
      // once they ended, a source is due again only after the interval
      await t.deps.db.updateTable('jobs').set({ status: 'failed' }).where('kind', '=', 'refresh-list').execute();
      t.now.value = new Date(t.now.value.getTime() + 23 * 3_600_000);
      const early = await scheduleListRefreshes(t.deps, input);
      assert.ok(early.ok);
      assert.deepEqual(early.value.queued, []);
      t.now.value = new Date(t.now.value.getTime() + 2 * 3_600_000);
      const due = await scheduleListRefreshes(t.deps, input);
      assert.ok(due.ok);
      assert.equal(due.value.queued.length, 2);
    });
  });
}
