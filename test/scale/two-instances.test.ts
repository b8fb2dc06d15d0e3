/**
 * Scale-out (issue 13, point 8): two server processes on different ports share one PostgreSQL database. Runs only
 * when DATABASE_URL names a PostgreSQL server (an embedded PGlite folder has one writer by design).
 */
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../src/db/connect.ts';
import type { Session } from '../../src/http/routes/auth/auth.schemas.ts';
import type { ScreenResponse } from '../../src/http/routes/screening/screening.schemas.ts';
import { pollUntil } from '../support/poll-until.ts';
import { demoClient } from '../support/server-clients.ts';
import { type ServerEngine, type ServerEngineDatabase, serverEngines } from '../support/server-engines.ts';
import { type ServerProcess, showOutputIfFailed, startServerProcess } from '../support/server-process.ts';
import { createDraftsThroughApi } from '../support/server-proposals.ts';

const postgres = serverEngines().find((engine) => engine.name === 'postgres');
const SUBMITS = 10;
/** low, so a few wrong passwords reach it */
const LOGIN_LIMIT = 3;

const SKIP_REASON = 'needs DATABASE_URL (a PostgreSQL server): two instances cannot share an embedded PGlite';

const runScaleOut = (engine: ServerEngine) =>
  describe('two instances on one PostgreSQL', { timeout: 180_000 }, () => {
    let created: ServerEngineDatabase;
    let first: ServerProcess;
    let second: ServerProcess;
    let handle: DatabaseHandle;
    /** the first instance, then the second, then the first again, … */
    const both = () => [first.url, second.url];

    before(async () => {
      created = await engine.create();
      const options = { database: created.database, env: { LOGIN_RATE_LIMIT: String(LOGIN_LIMIT) } };
      // one after the other: the first migrates and seeds, the second finds both done
      first = await startServerProcess(options);
      second = await startServerProcess(options);
      handle = await created.connect();
    });
    afterEach((t) => showOutputIfFailed(t, [first, second]));
    after(async () => {
      await Promise.all([first?.kill(), second?.kill()]);
      await handle?.close();
      await created?.remove();
    });

    it('accepts on one instance a session made on the other, and a logout on either ends it on both', async () => {
      // logs in through the first; its requests then alternate: second, first, second, …
      const officer = await demoClient('compliance', both);
      const me = await officer.get<Session>('/api/v1/auth/me');
      assert.equal(me.status, 200);
      assert.equal(me.body.user.email, 'compliance@demo.aiexports.local');
      const screened = await officer.send('POST', '/api/v1/screen', { names: [{ name: 'Nobody In Particular' }] });
      assert.equal(screened.status, 200, 'a CSRF-checked request on the first instance');
      assert.equal((await officer.send('POST', '/api/v1/auth/logout')).status, 200, 'logged out on the second');
      assert.equal((await officer.get('/api/v1/auth/me')).status, 401, 'the first no longer knows the session');
    });

    it('screens on one instance against a list imported through the other within 5 seconds', async () => {
      const onFirst = await demoClient('compliance', () => [first.url]);
      const onSecond = await demoClient('compliance', () => [second.url]);
      const name = 'Quorvane Ellistrad Maritime Holdings';
      const screen = () => onSecond.send<ScreenResponse>('POST', '/api/v1/screen', { names: [{ name }] });
      // the second instance has built its index before the import
      const beforeImport = await screen();
      assert.equal(beforeImport.status, 200);
      assert.deepEqual(beforeImport.body.results[0]?.hits, []);

      const content = `id,name,aliases,type,countries,source\nQ-1,${name},,company,PA,Scale watchlist\n`;
      const imported = await onFirst.send('POST', '/api/v1/lists/import', {
        source: 'watchlist:scale',
        format: 'watchlist',
        content,
      });
      assert.equal(imported.status, 201, JSON.stringify(imported.body));
      const since = performance.now();
      const hit = await pollUntil(
        async () => (await screen()).body.results[0]?.hits.find((h) => h.entryId === 'Q-1') ?? null,
        { timeoutMs: 5_000, intervalMs: 100, what: 'the second instance to screen against the new list' },
      );
      assert.equal(hit.listSource, 'watchlist:scale');
      assert.ok(performance.now() - since < 5_000);
    });

    it('runs every job queued by submits through both instances exactly once', async () => {
      const applicant = await demoClient('applicant', both);
      const ids = await createDraftsThroughApi(applicant, { count: SUBMITS, title: 'Scale-out' });
      // submitted all at once, alternating between the instances
      const submitted = await Promise.all(ids.map((id) => applicant.send('POST', `/api/v1/proposals/${id}/submit`)));
      assert.deepEqual(
        submitted.map((r) => r.status),
        ids.map(() => 200),
      );
      const jobsOf = async () =>
        (
          await handle.db
            .selectFrom('jobs')
            .select(['status', 'attempts', 'payload'])
            .where('kind', '=', 'screen-proposal')
            .execute()
        ).filter((job) => ids.includes((job.payload as { proposalId?: string }).proposalId ?? ''));
      const jobs = await pollUntil(
        async () => {
          const all = await jobsOf();
          return all.length === ids.length && all.every((job) => job.status === 'done') ? all : null;
        },
        { timeoutMs: 60_000, intervalMs: 200, what: 'the screening jobs of the submitted proposals to finish' },
      );
      assert.deepEqual(
        jobs.map((job) => job.attempts),
        ids.map(() => 1),
        'each job was claimed once',
      );
      const screenings = await sql<{ object_id: string; runs: string }>`
        select object_id, count(*) as runs from audit_entries
        where action = 'screening.screen_proposal' group by object_id`.execute(handle.db);
      const runs = new Map(screenings.rows.map((row) => [row.object_id, Number(row.runs)]));
      assert.deepEqual(
        ids.map((id) => runs.get(id) ?? 0),
        ids.map(() => 1),
        'each proposal was screened once',
      );
    });

    it('shares the login rate limit: attempts refused on one instance are refused on the other', async () => {
      const attempt = async (base: string) =>
        (
          await fetch(`${base}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'nobody@scale.test', password: 'wrong-password-2026' }),
          })
        ).status;
      let status = 0;
      for (let i = 0; i < LOGIN_LIMIT * 5 && status !== 429; i += 1) status = await attempt(first.url);
      assert.equal(status, 429, 'the first instance limits the attempts');
      assert.equal(await attempt(second.url), 429, 'the second instance refuses the next attempt too');
    });
  });

const runConcurrentStart = (engine: ServerEngine) =>
  describe('two instances started at once on an empty PostgreSQL database', { timeout: 180_000 }, () => {
    let created: ServerEngineDatabase;
    const servers: ServerProcess[] = [];
    before(async () => {
      created = await engine.create();
    });
    afterEach((t) => showOutputIfFailed(t, servers));
    after(async () => {
      await Promise.all(servers.map((server) => server.kill()));
      await created?.remove();
    });

    it('both come up: one runs the migrations, the other waits for them', async () => {
      // no demo seed: a real deployment does not seed, and two seeds at once are not a supported start
      const options = { database: created.database, demo: false };
      servers.push(...(await Promise.all([startServerProcess(options), startServerProcess(options)])));
      for (const server of servers) assert.equal((await fetch(`${server.url}/api/health`)).status, 200);
      const handle = await created.connect();
      try {
        const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(handle.db);
        const names = applied.rows.map((row) => row.name);
        assert.deepEqual(names, [...new Set(names)]);
        assert.ok(names.length > 0);
      } finally {
        await handle.close();
      }
    });
  });

// without PostgreSQL, one skipped test says why (a skipped suite would not be counted)
if (postgres) {
  runScaleOut(postgres);
  runConcurrentStart(postgres);
} else it('two instances on one PostgreSQL', { skip: SKIP_REASON }, () => {});
