// npm run bench:load — HTTP load on real server processes (autocannon): req/s, p99 latency and errors for the
// catalog, screening (10 names) and submit, beside the targets of issue 13. PGlite by default (one instance);
// with DATABASE_URL, a fresh database on that PostgreSQL server, measured on one instance and then on two
// (autocannon spreads its connections over both, as a load balancer would).
// Options: --duration SECONDS per case (default 10, or BENCH_DURATION), --connections N (default 10),
// --drafts N submits per setup (default 300), --no-lists (screen against no list instead of the CSL snapshot).
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { pollUntil } from '../../test/support/poll-until.ts';
import type { ServerDatabase, ServerProcess } from '../../test/support/server-process.ts';
import { startServerProcess } from '../../test/support/server-process.ts';
import { createPostgresDatabase } from '../../test/support/test-databases.ts';
import { catalogCase, type LoadCase, screeningCase, submitCase } from './cases.ts';
import { createDrafts, importCslSnapshot } from './prepare.ts';
import { logInDemo } from './session.ts';
import { printTable, type Row } from './table.ts';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: process.env.BENCH_DURATION ?? '10' },
    connections: { type: 'string', default: '10' },
    drafts: { type: 'string', default: '300' },
    'no-lists': { type: 'boolean', default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const drafts = Number(values.drafts);
const databaseUrl = process.env.DATABASE_URL;

const progress = (text: string) => process.stderr.write(`${text}\n`);

/** A fresh database: a temporary PGlite folder, or a new database on the PostgreSQL server of DATABASE_URL. */
const freshDatabase = async (): Promise<{ database: ServerDatabase; remove: () => Promise<void> }> => {
  if (databaseUrl) {
    const created = await createPostgresDatabase(databaseUrl);
    return { database: { kind: 'postgres', url: created.url }, remove: created.drop };
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'aiex-bench-'));
  return { database: { kind: 'pglite', dataDir }, remove: () => rm(dataDir, { recursive: true, force: true }) };
};

/** Runs one case against the servers after a few warm-up requests (the first screening builds the index). */
const measure = async (load: LoadCase, urls: string[], setup: string): Promise<Row> => {
  const options = load.options(urls);
  if (options.amount === undefined) {
    await autocannon({ ...options, connections: urls.length, amount: 3 * urls.length, timeout: 120 });
  }
  progress(`  ${load.name} on ${setup}…`);
  const result = await autocannon({ ...options, connections, duration, timeout: 10 });
  return { load, setup, result };
};

const databaseOf = (database: ServerDatabase): string => (database.kind === 'postgres' ? database.url : '');

/** Waits until no job is queued or running (PostgreSQL only), so the next measurement does not share the cores. */
const jobsDrained = async (url: string): Promise<void> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await pollUntil(
      async () => {
        const result = await client.query<{ pending: string }>(
          "select count(*) as pending from jobs where status in ('queued', 'running')",
        );
        return Number(result.rows[0]?.pending) === 0 ? true : null;
      },
      { timeoutMs: 600_000, intervalMs: 500, what: 'the job queue to drain' },
    );
  } finally {
    await client.end();
  }
};

const fresh = await freshDatabase();
const servers: ServerProcess[] = [];
const rows: Row[] = [];
try {
  const engine = databaseUrl ? 'PostgreSQL' : 'PGlite';
  progress(`starting the server on ${engine} (migrates and seeds the demo data)…`);
  servers.push(await startServerProcess({ database: fresh.database }));
  const first = servers[0]!.url;
  const officer = await logInDemo(first, 'compliance');
  const applicant = await logInDemo(first, 'applicant');
  if (!values['no-lists']) {
    progress('importing the CSL snapshot (data/lists) through the API…');
    progress(`  ${await importCslSnapshot(first, officer)} entries`);
  }
  if (databaseUrl) await jobsDrained(databaseOf(fresh.database));
  const setups = databaseUrl ? [1, 2] : [1];
  const urlsOf = async (instances: number) => {
    while (servers.length < instances) servers.push(await startServerProcess({ database: fresh.database }));
    return servers.slice(0, instances).map((server) => server.url);
  };
  const setupName = (instances: number) => `${instances} × ${engine}`;
  for (const instances of setups) {
    const urls = await urlsOf(instances);
    for (const load of [catalogCase, screeningCase(officer)])
      rows.push(await measure(load, urls, setupName(instances)));
  }
  // submits last: each queues a screening job, which the servers' workers run after the measurement
  for (const instances of setups) {
    progress(`preparing ${drafts} drafts for ${setupName(instances)}…`);
    const ids = await createDrafts(first, applicant, { count: drafts, parallel: 4 });
    rows.push(await measure(submitCase(applicant, ids), await urlsOf(instances), setupName(instances)));
    if (databaseUrl && instances < Math.max(...setups)) {
      progress('  waiting for the screening jobs of those submits to finish…');
      await jobsDrained(databaseOf(fresh.database));
    }
  }
} finally {
  await Promise.all(servers.map((server) => server.kill()));
  await fresh.remove();
}

console.log(
  `\naiexports HTTP load — ${duration} s per case (submit: ${drafts} requests), ${connections} connections, ` +
    `${availableParallelism()} cores shared by the servers, their database and autocannon`,
);
const met = printTable(rows);
console.log(met ? '\nevery target met' : '\nsome targets not met (✘)');
