import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../../test/support/test-databases.ts';
import { appError } from '../core/kernel/errors.ts';
import { err, ok } from '../core/kernel/result.ts';
import type { DatabaseHandle } from '../db/connect.ts';
import { findJob, insertJob } from '../db/repos/jobs.repo.ts';
import { enqueueJob } from '../services/jobs/enqueue-job.ts';
import { claimNextJob } from '../services/jobs/job-queue.ts';
import type { ServiceDeps } from '../services/service-deps.ts';
import type { JobHandlers } from './job-handlers.ts';
import { jobTestDeps } from './jobs-test-support.ts';
import { runJobsUntilIdle, runNextJob } from './run-next-job.ts';

for (const engine of testDatabases()) {
  describe(`runNextJob on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let deps: ServiceDeps;
    let now: { value: Date };
    before(async () => {
      database = await engine.open();
      ({ deps, now } = jobTestDeps(database.db));
    });
    after(async () => database.close());
    const later = (ms: number) => {
      now.value = new Date(now.value.getTime() + ms);
    };

    it('returns null when no job is due', async () => {
      assert.equal(await runNextJob(deps, {}), null);
    });

    it('runs a job, writes its progress and records its result', async () => {
      const seen: unknown[] = [];
      const handlers: JobHandlers = {
        'screen-proposal': async (_deps, job, progress) => {
          await progress({ done: 1, total: 2 });
          seen.push((await findJob(deps.db, job.id))?.progress);
          return ok({ screened: 2 });
        },
      };
      const id = await enqueueJob(deps.db, deps, { kind: 'screen-proposal', payload: { proposalId: 'p' } });
      assert.deepEqual(await runNextJob(deps, handlers), { id, kind: 'screen-proposal', status: 'done' });
      assert.deepEqual(seen, [{ done: 1, total: 2 }]);
      const job = await findJob(deps.db, id);
      assert.equal(job?.status, 'done');
      assert.equal(job?.attempts, 1);
      assert.deepEqual(job?.progress, { screened: 2 });
    });

    it('retries a failing job with backoff and fails it after 3 attempts', async () => {
      let calls = 0;
      const handlers: JobHandlers = {
        'refresh-list': async () => {
          calls++;
          if (calls === 2) throw new Error('socket hang up');
          return err(appError('internal_error', 'HTTP 503'));
        },
      };
      const id = await enqueueJob(deps.db, deps, { kind: 'refresh-list', payload: { source: 'dpl' } });
      assert.equal((await runNextJob(deps, handlers))?.status, 'retry');
      assert.equal(await runNextJob(deps, handlers), null, 'not due before its backoff');
      later(30_000);
      assert.equal((await runNextJob(deps, handlers))?.status, 'retry');
      assert.equal((await findJob(deps.db, id))?.lastError, 'socket hang up');
      later(30_000);
      assert.equal(await runNextJob(deps, handlers), null, 'the second backoff is longer');
      later(30_000);
      assert.equal((await runNextJob(deps, handlers))?.status, 'failed');
      const job = await findJob(deps.db, id);
      assert.equal(job?.status, 'failed');
      assert.equal(job?.attempts, 3);
      assert.equal(job?.lastError, 'internal_error: HTTP 503');
      assert.equal(await runNextJob(deps, handlers), null);
    });

    it('fails a job at once when its kind has no handler', async () => {
      const id = await enqueueJob(deps.db, deps, {
        kind: 'delta-rescreen',
        payload: { listVersionId: 'v2', previousVersionId: null },
      });
      assert.equal((await runNextJob(deps, {}))?.status, 'failed');
      assert.equal((await findJob(deps.db, id))?.lastError, 'No handler for job kind delta-rescreen');
    });

    it('fails a job at once when its kind is unknown', async () => {
      await insertJob(deps.db, { id: 'job-unknown', kind: 'send-fax', payload: {}, now: now.value });
      assert.deepEqual(await runNextJob(deps, {}), { id: 'job-unknown', kind: 'send-fax', status: 'failed' });
      assert.equal((await findJob(deps.db, 'job-unknown'))?.lastError, 'No handler for job kind send-fax');
    });

    it('hands the handler the payload parsed by its kind schema when the job runs', async () => {
      const seen: unknown[] = [];
      const handlers: JobHandlers = {
        'delta-rescreen': async (_deps, job) => {
          seen.push(job.payload);
          return ok({ rescreened: job.payload.listVersionId });
        },
      };
      await enqueueJob(deps.db, deps, {
        kind: 'delta-rescreen',
        payload: { listVersionId: 'v2', previousVersionId: 'v1' },
      });
      assert.equal((await runNextJob(deps, handlers))?.status, 'done');
      assert.deepEqual(seen, [{ listVersionId: 'v2', previousVersionId: 'v1' }]);
    });

    it('fails a job at once, naming the field, when its payload does not match its schema', async () => {
      let calls = 0;
      const handlers: JobHandlers = {
        'screen-proposal': async () => {
          calls++;
          return ok(null);
        },
      };
      await insertJob(deps.db, { id: 'job-bad', kind: 'screen-proposal', payload: { proposal: 7 }, now: now.value });
      assert.deepEqual(await runNextJob(deps, handlers), { id: 'job-bad', kind: 'screen-proposal', status: 'failed' });
      const job = await findJob(deps.db, 'job-bad');
      assert.equal(job?.attempts, 1);
      assert.match(
        job?.lastError ?? '',
        /^invalid_input: screen-proposal job payload does not match its schema: proposalId: /,
      );
      assert.equal(calls, 0);
    });

    it('refuses to queue a payload of another kind (type check and run time)', async () => {
      const wrong = { kind: 'refresh-list', payload: { proposalId: 'p' } } as const;
      // @ts-expect-error: a refresh-list job carries { source }
      await assert.rejects(enqueueJob(deps.db, deps, wrong));
    });

    it('never hands one job to two workers claiming at once', async () => {
      await enqueueJob(deps.db, deps, { kind: 'screen-proposal', payload: { proposalId: 'p1' } });
      await enqueueJob(deps.db, deps, { kind: 'screen-proposal', payload: { proposalId: 'p2' } });
      const [a, b, c] = await Promise.all([claimNextJob(deps), claimNextJob(deps), claimNextJob(deps)]);
      const ids = [a, b, c].filter((job) => job !== null).map((job) => job.id);
      assert.equal(ids.length, 2);
      assert.equal(new Set(ids).size, 2);
      assert.deepEqual(await runJobsUntilIdle(deps, {}), []);
    });
  });
}
