import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../../test/support/test-databases.ts';
import { JOB_POLICY } from '../core/jobs/job-policy.ts';
import { ok } from '../core/kernel/result.ts';
import { connectDatabase, type DatabaseHandle } from '../db/connect.ts';
import { findJob } from '../db/repos/jobs.repo.ts';
import { enqueueJob } from '../services/jobs/enqueue-job.ts';
import { claimNextJob } from '../services/jobs/job-queue.ts';
import type { ServiceDeps } from '../services/service-deps.ts';
import { createJobHandlers, type JobHandlers } from './job-handlers.ts';
import { startJobWorkers } from './job-worker.ts';
import { jobTestDeps } from './jobs-test-support.ts';
import { type HeartbeatTimer, runJobsUntilIdle, runNextJob } from './run-next-job.ts';

/** A promise settled from outside. */
const deferred = <T = void>() => {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
};

/** A heartbeat timer the test fires by hand: beat() runs every scheduled heartbeat once. */
const manualHeartbeat = () => {
  const beats = new Set<() => Promise<void>>();
  const timer: HeartbeatTimer = (beat) => {
    beats.add(beat);
    return () => beats.delete(beat);
  };
  return { timer, beat: async () => void (await Promise.all([...beats].map((b) => b()))), count: () => beats.size };
};

/** Resolves when the signal aborts, rejecting with its reason (what a well-behaved long handler does). */
const untilAborted = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => {
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });

for (const engine of testDatabases()) {
  describe(`job lanes, heartbeat and takeover on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let deps: ServiceDeps;
    let now: { value: Date };
    let server: Server;
    let hangingUrl: string;
    before(async () => {
      database = await engine.open();
      ({ deps, now } = jobTestDeps(database.db));
      // a list server that accepts the request and never answers: a hung download
      server = createServer(() => {});
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      hangingUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dpl.txt`;
    });
    after(async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    });
    const later = (ms: number) => {
      now.value = new Date(now.value.getTime() + ms);
    };

    it('queues list refreshes in the lists lane and everything else in the default lane', async () => {
      const refresh = await enqueueJob(deps.db, deps, { kind: 'refresh-list', payload: { source: 'dpl' } });
      const screen = await enqueueJob(deps.db, deps, { kind: 'screen-proposal', payload: { proposalId: 'p' } });
      assert.equal((await findJob(deps.db, refresh))?.lane, 'lists');
      assert.equal((await findJob(deps.db, screen))?.lane, 'default');
      assert.equal((await claimNextJob(deps, { lane: 'lists' }))?.id, refresh);
      assert.equal((await claimNextJob(deps, { lane: 'lists' }))?.id, undefined);
      assert.equal((await claimNextJob(deps, { lane: 'default' }))?.id, screen);
      later(JOB_POLICY.staleAfterMs * 10);
      // both are now abandoned claims: let them be taken over and finished so the next tests start clean
      await runJobsUntilIdle(deps, { 'refresh-list': async () => ok(null), 'screen-proposal': async () => ok(null) });
    });

    it('screens a proposal while a list download hangs, and stopping the workers aborts the download', async () => {
      const screened = deferred<string>();
      const handlers: JobHandlers = {
        ...createJobHandlers({
          fetch: (url, init) => fetch(url, init),
          listSources: { dpl: { url: hangingUrl, format: 'dpl' } },
        }),
        'screen-proposal': async (_deps, job) => {
          screened.resolve(job.payload.proposalId);
          return ok({ screened: true });
        },
      };
      const refresh = await enqueueJob(deps.db, deps, { kind: 'refresh-list', payload: { source: 'dpl' } });
      const heartbeat = manualHeartbeat();
      const workers = startJobWorkers(deps, handlers, { intervalMs: 1, heartbeatTimer: heartbeat.timer });
      // the download is under way (its job heartbeats) before the proposal is even submitted
      while ((await findJob(deps.db, refresh))?.status !== 'running') await new Promise((r) => setImmediate(r));
      const screen = await enqueueJob(deps.db, deps, { kind: 'screen-proposal', payload: { proposalId: 'p-42' } });
      assert.equal(await screened.promise, 'p-42');
      await workers.stop();
      assert.equal((await findJob(deps.db, screen))?.status, 'done');
      const list = await findJob(deps.db, refresh);
      assert.equal(list?.status, 'queued', 'the aborted download is handed back, due at once');
      assert.equal(list?.attempts, 0, 'a stopping worker does not use up an attempt');
      assert.equal(list?.lastError, 'Released: its worker stopped');
      assert.deepEqual(await runJobsUntilIdle(deps, { 'refresh-list': async () => ok(null) }), [
        { id: refresh, kind: 'refresh-list', status: 'done' },
      ]);
    });

    it('times a download out as a clear job failure (AIEXPORTS_FETCH_TIMEOUT_SECONDS)', async () => {
      const handlers = createJobHandlers({
        fetch: (url, init) => fetch(url, init),
        listSources: { dpl: { url: hangingUrl, format: 'dpl' } },
        fetchTimeoutMs: 50,
      });
      const id = await enqueueJob(deps.db, deps, { kind: 'refresh-list', payload: { source: 'dpl' } });
      assert.deepEqual(await runNextJob(deps, handlers, { lane: 'lists' }), {
        id,
        kind: 'refresh-list',
        status: 'retry',
      });
      assert.equal(
        (await findJob(deps.db, id))?.lastError,
        `internal_error: Fetching ${hangingUrl} timed out after 0.05 s (AIEXPORTS_FETCH_TIMEOUT_SECONDS)`,
      );
      later(JOB_POLICY.retryBaseMs);
      await runJobsUntilIdle(deps, { 'refresh-list': async () => ok(null) });
    });

    it('keeps a heartbeating job, takes over a silent one, and drops the outcome of the worker that lost it', async () => {
      const id = await enqueueJob(deps.db, deps, {
        kind: 'delta-rescreen',
        payload: { listVersionId: 'v2', previousVersionId: null },
      });
      const first = manualHeartbeat();
      const started = deferred<AbortSignal>();
      const firstRun = runNextJob(
        deps,
        {
          'delta-rescreen': async (_deps, _job, _progress, signal) => {
            started.resolve(signal);
            return untilAborted(signal);
          },
        },
        { heartbeatTimer: first.timer },
      );
      const firstSignal = await started.promise;
      const claimedAt = (await findJob(deps.db, id))?.heartbeatAt;
      later(20_000);
      await first.beat();
      assert.equal((await findJob(deps.db, id))?.heartbeatAt?.getTime(), now.value.getTime());
      assert.ok(claimedAt && claimedAt.getTime() < now.value.getTime());
      later(20_000);
      const idle = await runNextJob(deps, { 'delta-rescreen': async () => ok('second') });
      assert.equal(idle, null, '20 s after its last heartbeat the job still has its worker');

      later(11_000); // 31 s of silence: the first worker is taken to be dead
      const second = await runNextJob(deps, { 'delta-rescreen': async () => ok('second') });
      assert.deepEqual(second, { id, kind: 'delta-rescreen', status: 'done' });
      const taken = await findJob(deps.db, id);
      assert.equal(taken?.attempts, 2);
      assert.deepEqual(taken?.progress, 'second');
      assert.equal(taken?.lastError, null);

      assert.equal(firstSignal.aborted, false);
      await first.beat(); // the first worker wakes up: its heartbeat finds the job gone and aborts its handler
      assert.equal(firstSignal.aborted, true);
      assert.deepEqual(await firstRun, { id, kind: 'delta-rescreen', status: 'lost' });
      const final = await findJob(deps.db, id);
      assert.equal(final?.status, 'done');
      assert.deepEqual(final?.progress, 'second');
      assert.equal(first.count(), 0, 'the heartbeat stops with the run');
    });

    it('takes a dead worker\u2019s job over within a minute, counting attempts, and fails it after the third', async () => {
      assert.ok(JOB_POLICY.staleAfterMs + JOB_POLICY.pollIntervalMs < 60_000);
      const id = await enqueueJob(deps.db, deps, { kind: 'screen-proposal', payload: { proposalId: 'p-dead' } });
      // three workers claim it in turn and die without a heartbeat
      for (let attempt = 1; attempt <= 3; attempt++) {
        const claimed = await claimNextJob(deps);
        assert.equal(claimed?.id, id);
        assert.equal(claimed?.attempts, attempt);
        if (attempt > 1)
          assert.match(claimed?.lastError ?? '', /^Taken over: its worker stopped heartbeating for 30 s$/);
        later(JOB_POLICY.staleAfterMs - 1);
        assert.equal(await claimNextJob(deps), null, 'not taken over before 30 s of silence');
        later(2);
      }
      assert.equal(await claimNextJob(deps), null);
      const job = await findJob(deps.db, id);
      assert.equal(job?.status, 'failed');
      assert.equal(job?.attempts, 3);
      assert.equal(job?.lastError, 'Abandoned after 3 attempts: its worker stopped heartbeating for 30 s');
    });

    it('runs each of 50 jobs exactly once with 4 workers claiming at once over separate connections', async () => {
      const handles: DatabaseHandle[] =
        engine.name === 'postgres'
          ? await Promise.all([1, 2, 3, 4].map(() => connectDatabase(database.target)))
          : [database, database, database, database];
      try {
        const ids: string[] = [];
        for (let i = 0; i < 50; i++) {
          ids.push(
            i % 5 === 0
              ? await enqueueJob(deps.db, deps, { kind: 'refresh-list', payload: { source: `s${i}` } })
              : await enqueueJob(deps.db, deps, { kind: 'screen-proposal', payload: { proposalId: `p${i}` } }),
          );
        }
        const runs: { job: string; worker: number }[] = [];
        const handlersOf = (worker: number): JobHandlers => {
          const record = async (_deps: ServiceDeps, job: { id: string }) => {
            runs.push({ job: job.id, worker });
            await new Promise((r) => setImmediate(r)); // let the other workers claim meanwhile
            return ok(null);
          };
          return { 'screen-proposal': record, 'refresh-list': record };
        };
        // two workers claim from every lane, two from the default lane only
        const steps = await Promise.all(
          handles.map((handle, n) =>
            runJobsUntilIdle({ ...deps, db: handle.db }, handlersOf(n), 1000, n % 2 === 0 ? { lane: 'default' } : {}),
          ),
        );
        assert.equal(runs.length, 50);
        assert.deepEqual(runs.map((r) => r.job).sort(), [...ids].sort());
        assert.ok(new Set(runs.map((r) => r.worker)).size >= 2, 'the workers shared the work');
        assert.ok(steps.flat().every((step) => step?.status === 'done'));
        for (const id of ids) assert.equal((await findJob(deps.db, id))?.status, 'done');
      } finally {
        if (engine.name === 'postgres') await Promise.all(handles.map((handle) => handle.close()));
      }
    });
  });
}
