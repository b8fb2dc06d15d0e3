import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { ErrorBody } from '../../src/http/route-helpers.ts';
import type { JobQueued, JobResponse } from '../../src/http/routes/jobs/jobs.schemas.ts';
import { createJobHandlers } from '../../src/jobs/job-handlers.ts';
import { runJobsUntilIdle } from '../../src/jobs/run-next-job.ts';
import { buildUser } from '../builders/build-user.ts';
import { fieldErrorPaths } from '../support/api-client-reads.ts';
import { buildTestApp, type TestApp } from '../support/test-app.ts';
import { testDatabases } from '../support/test-databases.ts';

for (const engine of testDatabases()) {
  describe(`list refresh requests on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let t: TestApp;
    before(async () => {
      database = await engine.open();
      t = await buildTestApp(database);
    });
    after(async () => database.close());

    it('queues a refresh of a configured source and records a failed download on the job, not as a crash', async () => {
      const compliance = (await buildUser(t, { role: 'compliance_officer' })).client;
      const queued = await compliance.send<JobQueued>('POST', '/api/v1/lists/watchlist/refresh');
      assert.equal(queued.status, 202);
      const handlers = createJobHandlers({
        fetch: async () => {
          throw new Error('connection refused');
        },
        listSources: { watchlist: { url: 'http://127.0.0.1:9/watchlist.csv', format: 'watchlist' } },
      });
      await runJobsUntilIdle(t.deps, handlers);
      const job = await compliance.get<JobResponse>(`/api/v1/jobs/${queued.body.jobId}`);
      assert.equal(job.body.job.attempts, 1);
      assert.equal(job.body.job.status, 'queued', 'retried later with backoff');
      assert.match(job.body.job.lastError ?? '', /connection refused/);
    });

    it('refuses unknown sources and non-compliance roles', async () => {
      const compliance = (await buildUser(t, { role: 'compliance_officer' })).client;
      const unknown = await compliance.send<ErrorBody>('POST', '/api/v1/lists/ofac/refresh');
      assert.equal(unknown.status, 400);
      assert.equal(fieldErrorPaths(unknown.body)[0], 'source');
      const applicant = (await buildUser(t, { role: 'applicant' })).client;
      assert.equal((await applicant.send('POST', '/api/v1/lists/watchlist/refresh')).status, 403);
    });
  });
}
