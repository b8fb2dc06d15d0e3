import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { JobResponse } from '../../src/http/routes/jobs/jobs.schemas.ts';
import { auditVerifyCli, submissionProblems } from '../support/crash-invariants.ts';
import { pollUntil } from '../support/poll-until.ts';
import { demoClient } from '../support/server-clients.ts';
import { type ServerEngine, type ServerEngineDatabase, serverEngines } from '../support/server-engines.ts';
import { type ServerProcess, showOutputIfFailed, startServerProcess } from '../support/server-process.ts';
import { createDraftsThroughApi } from '../support/server-proposals.ts';

const BURST = 20;
/** submits answered before the kill: the rest are in flight or not yet begun */
const ANSWERED_BEFORE_KILL = 3;

const runOn = (engine: ServerEngine) =>
  describe(`kill -9 during a burst of submits on ${engine.name}`, { timeout: 240_000 }, () => {
    let created: ServerEngineDatabase;
    let server: ServerProcess;
    /** the screening jobs the burst queued, and which of them the kill left running */
    const jobs = { all: [] as string[], running: [] as string[] };
    before(async () => {
      created = await engine.create();
      server = await startServerProcess({ database: created.database });
    });
    afterEach((t) => showOutputIfFailed(t, [server]));
    after(async () => {
      await server?.kill();
      await created?.remove();
    });

    it('keeps every answered submit, and gives every submitted proposal its version, audit entry and job', async () => {
      const applicant = await demoClient('applicant', () => [server.url]);
      const ids = await createDraftsThroughApi(applicant, { count: BURST, title: 'Crash burst' });

      const answered = new Set<string>();
      const failed = new Set<string>();
      const burst = Promise.all(
        ids.map((id) =>
          applicant.send('POST', `/api/v1/proposals/${id}/submit`).then(
            (response) => {
              if (response.status === 200) answered.add(id);
              else failed.add(`${id}: ${response.status}`);
            },
            () => undefined,
          ),
        ),
      );
      await pollUntil(async () => (answered.size + failed.size >= ANSWERED_BEFORE_KILL ? true : null), {
        timeoutMs: 60_000,
        intervalMs: 5,
        what: `${ANSWERED_BEFORE_KILL} submits to be answered`,
      });
      await server.kill();
      await burst;
      assert.deepEqual([...failed], [], 'no submit was refused before the kill');
      assert.ok(answered.size < BURST, `the kill cut the burst short (${answered.size} of ${BURST} answered)`);

      await server.restart();
      await server.stop();
      const verify = await auditVerifyCli(created.database);
      assert.equal(verify.exitCode, 0, verify.output);
      const handle = await created.connect();
      try {
        assert.deepEqual(await submissionProblems(handle.db, ids), []);
        const statuses = await handle.db
          .selectFrom('proposals')
          .select(['id', 'status'])
          .where('id', 'in', ids)
          .execute();
        const lost = [...answered].filter((id) => statuses.find((p) => p.id === id)?.status !== 'submitted');
        assert.deepEqual(lost, [], 'every submit answered 200 before the kill is kept');
        const queued = await handle.db
          .selectFrom('jobs')
          .select(['id', 'status', 'payload'])
          .where('kind', '=', 'screen-proposal')
          .execute();
        const ours = queued.filter((job) => ids.includes((job.payload as { proposalId?: string }).proposalId ?? ''));
        jobs.all = ours.map((job) => job.id);
        jobs.running = ours.filter((job) => job.status === 'running').map((job) => job.id);
      } finally {
        await handle.close();
      }
    });

    it('finishes every screening job of the burst after the restart, those the kill left running too', async (t) => {
      t.diagnostic(`${jobs.running.length} of ${jobs.all.length} screening jobs were running at the kill`);
      await server.restart();
      const officer = await demoClient('compliance', () => [server.url]);
      await pollUntil(
        async () => {
          for (const id of jobs.all) {
            const job = await officer.get<JobResponse>(`/api/v1/jobs/${id}`);
            if (job.body.job.status !== 'done') return null;
          }
          return true;
        },
        { timeoutMs: 75_000, intervalMs: 500, what: 'every screening job of the burst to be done' },
      );
    });
  });

for (const engine of serverEngines()) runOn(engine);
