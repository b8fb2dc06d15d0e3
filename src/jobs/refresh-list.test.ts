import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fixturePath } from '../../test/support/data-paths.ts';
import { testDatabases } from '../../test/support/test-databases.ts';
import type { DatabaseHandle } from '../db/connect.ts';
import { findJob } from '../db/repos/jobs.repo.ts';
import { listListVersions } from '../db/repos/list-versions.repo.ts';
import { enqueueJob } from '../services/jobs/enqueue-job.ts';
import type { ServiceDeps } from '../services/service-deps.ts';
import { createJobHandlers } from './job-handlers.ts';
import { jobTestDeps } from './jobs-test-support.ts';
import { runJobsUntilIdle } from './run-next-job.ts';

const DPL = fixturePath('lists/bis/dpl_2022-09.txt');
/** the fixture's rows: its lines less the header */
const DPL_ROWS = readFileSync(DPL, 'utf8').trim().split('\n').length - 1;
const ETAG = '"dpl-2022-09"';

for (const engine of testDatabases()) {
  describe(`refresh-list job on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let deps: ServiceDeps;
    let now: { value: Date };
    let server: Server;
    let base: string;
    const requests: { path: string; ifNoneMatch: string | undefined }[] = [];
    before(async () => {
      database = await engine.open();
      ({ deps, now } = jobTestDeps(database.db));
      const body = readFileSync(DPL);
      server = createServer((request, response) => {
        const ifNoneMatch = request.headers['if-none-match'];
        requests.push({ path: request.url ?? '', ifNoneMatch });
        if (request.url === '/broken/consolidated.xml') {
          response.writeHead(503).end();
        } else if (ifNoneMatch === ETAG) {
          response.writeHead(304, { etag: ETAG }).end();
        } else {
          response.writeHead(200, { etag: ETAG, 'content-type': 'text/plain' }).end(body);
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    });

    const handlers = () =>
      createJobHandlers({
        fetch: (url, init) => fetch(url, init),
        listSources: {
          dpl: { url: `${base}/dpl/dpl_2022-09.txt`, format: 'dpl' },
          un: { url: `${base}/broken/consolidated.xml`, format: 'un' },
        },
      });

    it('imports the list the first time and answers a 304 with "not modified" the second', async () => {
      await enqueueJob(deps.db, deps, { kind: 'refresh-list', payload: { source: 'dpl' } });
      const first = await runJobsUntilIdle(deps, handlers());
      assert.deepEqual(
        first.map((s) => `${s?.kind}:${s?.status}`),
        ['refresh-list:done', 'delta-rescreen:done'],
      );
      const versions = await listListVersions(deps.db);
      assert.equal(versions.length, 1);
      assert.equal(versions[0]!.etag, ETAG);
      assert.equal(versions[0]!.asOf, '2022-09');
      assert.equal(versions[0]!.entryCount, DPL_ROWS);

      const id = await enqueueJob(deps.db, deps, { kind: 'refresh-list', payload: { source: 'dpl' } });
      const second = await runJobsUntilIdle(deps, handlers());
      assert.deepEqual(
        second.map((s) => s?.status),
        ['done'],
      );
      assert.deepEqual((await findJob(deps.db, id))?.progress, { notModified: true });
      assert.deepEqual(
        requests.map((r) => r.ifNoneMatch),
        [undefined, ETAG],
      );
      assert.equal((await listListVersions(deps.db)).length, 1);
    });

    it('records a failed fetch on the job and gives up after 3 attempts, never throwing', async () => {
      const id = await enqueueJob(deps.db, deps, { kind: 'refresh-list', payload: { source: 'un' } });
      for (let attempt = 0; attempt < 3; attempt++) {
        await runJobsUntilIdle(deps, handlers());
        now.value = new Date(now.value.getTime() + 10 * 60_000);
      }
      const job = await findJob(deps.db, id);
      assert.equal(job?.status, 'failed');
      assert.equal(job?.attempts, 3);
      assert.match(job?.lastError ?? '', /HTTP 503/);
      assert.equal((await listListVersions(deps.db, { currentOnly: true })).length, 1);
    });

    it('fails a refresh of a source without a configured URL', async () => {
      const id = await enqueueJob(deps.db, deps, { kind: 'refresh-list', payload: { source: 'csl' } });
      for (let attempt = 0; attempt < 3; attempt++) {
        await runJobsUntilIdle(deps, handlers());
        now.value = new Date(now.value.getTime() + 10 * 60_000);
      }
      assert.match((await findJob(deps.db, id))?.lastError ?? '', /No refresh URL configured for source csl/);
    });
  });
}
