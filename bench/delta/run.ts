// npm run bench:delta — delta re-screening through the service on a real database: 100,000 stored parties
// against a 2,000-entry list change; time and peak memory beside their targets. PGlite in memory by default,
// PostgreSQL when DATABASE_URL is set (a fresh database is created and dropped).
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ListEntry } from '../../src/core/screening/lists/list-entry.ts';
import { entryFingerprint } from '../../src/core/screening/lists/list-version.ts';
import { connectDatabase, type DatabaseTarget } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { insertListVersion } from '../../src/db/repos/list-versions.repo.ts';
import { createPostgresDatabase } from '../../test/support/test-databases.ts';
import { loadBenchLists, requireSharedData } from '../screening/load-lists.ts';
import { negativeNames } from '../screening/recall.ts';
import { report, section } from '../screening/report.ts';
import { misspell, seededRandom } from '../screening/variants.ts';
import type { Measured } from './measure.ts';

const PARTIES = 100_000;
const CHANGED = 2_000;

requireSharedData();
const url = process.env.DATABASE_URL;
const created = url ? await createPostgresDatabase(url) : null;
const dataDir = created ? null : mkdtempSync(join(tmpdir(), 'aiexports-bench-delta-'));
const target: DatabaseTarget = created ? { kind: 'postgres', url: created.url } : { kind: 'pglite', dataDir };
const handle = await connectDatabase(target);
await migrateToLatest(handle.db);
const load = (): string =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');
console.log(`aiexports delta re-screening benchmark on ${created ? 'PostgreSQL' : 'PGlite (a temporary folder)'}`);
console.log(`load average at the start: ${load()} (1, 5, 15 min; wall-clock figures wait for a core above 1 per core)`);

const lists = await loadBenchLists();
const entries: ListEntry[] = [...lists.csl, ...lists.ofac];
const random = seededRandom(11);
// the change: 2,000 entries the previous version lacked
const changedAt = new Set<number>();
while (changedAt.size < CHANGED) changedAt.add(Math.floor(random() * entries.length));
const stored = (list: ListEntry[]) => list.map((entry) => ({ entry, fingerprint: entryFingerprint(entry) }));
const version = (id: string, list: ListEntry[]) => ({
  id,
  source: 'watchlist:bench',
  format: 'watchlist',
  contentHash: `hash-${id}`,
  asOf: '2026-11',
  entryCount: list.length,
  importedAt: new Date('2026-11-28T12:00:00Z'),
  importedBy: null,
  files: ['bench.csv'],
  etag: null,
});
const previous = entries.filter((_e, i) => !changedAt.has(i));
await insertListVersion(handle.db, version('bench-v1', previous), stored(previous));
await insertListVersion(handle.db, version('bench-v2', entries), stored(entries));
const changed = [...changedAt].map((i) => entries[i]!);

// 100,000 parties: innocent first and last names recombined, 1% misspelt names of the changed entries
const innocent = negativeNames();
const firsts = innocent.map((n) => n.split(' ')[0] ?? n);
const lasts = innocent.map((n) => n.split(' ').slice(-1)[0] ?? n);
const seedStart = performance.now();
for (let start = 0; start < PARTIES; start += 1000) {
  const rows = Array.from({ length: 1000 }, (_v, offset) => {
    const i = start + offset;
    const name =
      i % 100 === 0
        ? misspell(changed[Math.floor(random() * changed.length)]!.primaryName, random)
        : `${firsts[Math.floor(random() * firsts.length)]} ${lasts[Math.floor(random() * lasts.length)]}`;
    return {
      id: randomUUID(),
      proposal_id: null,
      kind: 'end_user',
      party_key: `party-${i}`,
      name,
      type: i % 100 === 0 ? 'unknown' : 'person',
      country: null,
      company_id: null,
      created_at: new Date('2026-11-28T12:00:00Z'),
    };
  });
  await handle.db.insertInto('screened_parties').values(rows).execute();
}
console.log(`seeded ${PARTIES} parties in ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

await handle.close();
// the run itself in a fresh process, so its memory is the service's (and, on PGlite, the database's), not this seeding
const child = spawnSync(process.execPath, ['--import', 'tsx', new URL('./measure.ts', import.meta.url).pathname], {
  input: JSON.stringify(target),
  encoding: 'utf8',
  stdio: ['pipe', 'pipe', 'inherit'],
});
if (child.status !== 0) throw new Error(`the measured run failed (${child.status})`);
const m = JSON.parse(child.stdout) as Measured;
section(`Delta re-screening: ${m.parties} stored parties × ${m.deltaEntries} changed entries`);
report(
  'time (service: change, delta index, every batch, hits stored)',
  `${m.seconds.toFixed(2)} s`,
  '< 10 s',
  m.seconds < 10,
);
report('  CPU time of the process during it (the machine may be shared)', `${m.cpuSeconds.toFixed(2)} s`);
report('  until the first batch is screened (change found, delta index built)', `${m.setupSeconds.toFixed(2)} s`);
report('peak resident memory (RSS) of the run', `${Math.round(m.peakRss / 1e6)} MB`, '< 400 MB', m.peakRss < 400e6);
report('  RSS before the run (code and database connection)', `${Math.round(m.baselineRss / 1e6)} MB`);
report('peak JS heap during the run', `${Math.round(m.peakHeap / 1e6)} MB`);
report('  heap before the run', `${Math.round(m.baselineHeap / 1e6)} MB`);
report('event-loop delay, max, during the run', `${m.runLoopMaxMs.toFixed(0)} ms`, '≤ 50 ms', m.runLoopMaxMs <= 50);
report(
  '  longest stretch of work between two 1 ms ticks (thread CPU time: what an idle machine would wait)',
  `${m.runLoopMaxCpuMs.toFixed(0)} ms`,
  '≤ 50 ms',
  m.runLoopMaxCpuMs <= 50,
);
report('batches read', String(m.batches));
report('new hits stored', String(m.newHits));
section(`First index build over the current version (${m.indexNames} names), after the run`);
report('time (entries read 250 at a time, index built in slices)', `${m.indexBuildSeconds.toFixed(2)} s`);
report(
  'event-loop delay, max, during the build',
  `${m.indexBuildLoopMaxMs.toFixed(0)} ms`,
  '≤ 50 ms',
  m.indexBuildLoopMaxMs <= 50,
);
report(
  '  longest stretch of work between two 1 ms ticks (thread CPU time: what an idle machine would wait)',
  `${m.indexBuildLoopMaxCpuMs.toFixed(0)} ms`,
  '≤ 50 ms',
  m.indexBuildLoopMaxCpuMs <= 50,
);
if (!created)
  console.log('note: PGlite runs the database inside the measured process; its memory is in the RSS above.');
await created?.drop();
if (dataDir) rmSync(dataDir, { recursive: true, force: true });
console.log(`load average at the end: ${load()}`);
