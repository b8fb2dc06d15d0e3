import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { JobQueued } from '../../src/http/routes/jobs/jobs.schemas.ts';
import type { ListVersionsResponse, SourceSchedule } from '../../src/http/routes/screening/screening.schemas.ts';
import { createJobHandlers } from '../../src/jobs/job-handlers.ts';
import { runJobsUntilIdle } from '../../src/jobs/run-next-job.ts';
import { scheduleListRefreshes } from '../../src/services/screening/schedule-list-refreshes.ts';
import { buildUser } from '../builders/build-user.ts';
import type { ApiClient } from '../support/api-client.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

const SOURCE = 'watchlist:agency';
const URL = 'http://lists.example.test/agency.csv';
const CSV = 'id,name,aliases,type,countries,source\nA-1,Quillfeather Avionics LLC,,company,AE,Agency watchlist\n';
const HOUR_MS = 3_600_000;

for (const engine of testDatabases()) {
  describe(`the list refresh schedule as GET /api/v1/lists reports it on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    let compliance: ApiClient;
    let answer: () => Promise<Response> = async () => new Response(CSV, { status: 200 });
    const handlers = createJobHandlers({
      fetch: async () => answer(),
      listSources: { [SOURCE]: { url: URL, format: 'watchlist' } },
    });
    const status = async (client: ApiClient = compliance): Promise<SourceSchedule> => {
      const lists = await client.get<ListVersionsResponse>('/api/v1/lists');
      assert.equal(lists.status, 200);
      assert.equal(lists.body.schedule.refreshHours, 24);
      const [only] = lists.body.schedule.status;
      assert.ok(only);
      return only;
    };
    const schedule = () => scheduleListRefreshes(t.deps, { sources: [SOURCE], intervalHours: 24 });

    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database, {
        listSources: { [SOURCE]: { url: URL, format: 'watchlist' } },
        listSchedule: { running: true, demo: false, environmentHours: 24 },
      });
      t.deps.sessionTtlHours = 24 * 60; // the clock moves on by days here; the sessions stay valid
      compliance = (await buildUser(t, { role: 'compliance_officer' })).client;
    });
    after(async () => database.close());

    it('shows a source never refreshed as due now', async () => {
      assert.deepEqual(await status(), {
        source: SOURCE,
        lastRefresh: null,
        lastScheduled: null,
        nextDueAt: t.now.value.toISOString(),
        pending: false,
      });
    });

    it('shows the scheduled refresh queued, then its result and the next due a full interval later', async () => {
      assert.ok((await schedule()).ok);
      const queued = await status();
      assert.equal(queued.pending, true);
      assert.equal(queued.nextDueAt, null);
      assert.equal(queued.lastScheduled?.trigger, 'schedule');
      assert.equal(queued.lastScheduled?.outcome, 'queued');
      assert.deepEqual(queued.lastRefresh, queued.lastScheduled);

      await runJobsUntilIdle(t.deps, handlers);
      const done = await status();
      assert.equal(done.pending, false);
      assert.equal(done.lastScheduled?.status, 'done');
      assert.equal(done.lastScheduled?.outcome, 'imported');
      assert.match(done.lastScheduled?.detail ?? '', /1 entries/);
      assert.equal(done.nextDueAt, new Date(t.now.value.getTime() + 24 * HOUR_MS).toISOString());
    });

    it('counts a refresh asked for by a user as the latest, keeping the last scheduled one apart', async () => {
      const scheduledJob = (await status()).lastScheduled?.jobId;
      t.now.value = new Date(t.now.value.getTime() + 2 * HOUR_MS);
      const queued = await compliance.send<JobQueued>('POST', `/api/v1/lists/${encodeURIComponent(SOURCE)}/refresh`);
      assert.equal(queued.status, 202);
      await runJobsUntilIdle(t.deps, handlers);
      const after = await status();
      assert.equal(after.lastRefresh?.jobId, queued.body.jobId);
      assert.equal(after.lastRefresh?.trigger, 'request');
      assert.ok(['unchanged', 'not_modified'].includes(after.lastRefresh?.outcome ?? ''), after.lastRefresh?.outcome);
      assert.equal(after.lastScheduled?.jobId, scheduledJob);
      assert.equal(after.nextDueAt, new Date(t.now.value.getTime() + 24 * HOUR_MS).toISOString());
    });

    it('shows a failed download waiting for its retry with the error', async () => {
      answer = async () => {
        throw new Error('connection reset by the list server');
      };
      t.now.value = new Date(t.now.value.getTime() + 25 * HOUR_MS);
      const queued = await schedule();
      assert.ok(queued.ok);
      assert.equal(queued.value.queued.length, 1);
      await runJobsUntilIdle(t.deps, handlers);
      const failed = await status();
      assert.equal(failed.lastScheduled?.outcome, 'retrying');
      assert.match(failed.lastScheduled?.detail ?? '', /connection reset by the list server/);
      assert.equal(failed.pending, true);
      assert.equal(failed.nextDueAt, null);
    });

    it('is for government roles only', async () => {
      const applicant = (await buildUser(t, { role: 'applicant' })).client;
      assert.equal((await applicant.get('/api/v1/lists')).status, 403);
      const program = (await buildUser(t, { role: 'program_officer' })).client;
      assert.equal((await status(program)).source, SOURCE);
    });
  });
}
