// npm run bench:delta — delta re-screening through the service on a real database: 100,000 stored parties
// against a 2,000-entry list change; time and peak memory beside their targets. PGlite in memory by default,
// PostgreSQL when DATABASE_URL is set (a fresh database is created and dropped).
import { randomBytes, randomUUID } from 'node:crypto';
import { sha256Hex } from '../../src/core/kernel/sha256.ts';
import type { ListEntry } from '../../src/core/screening/lists/list-entry.ts';
import { entryFingerprint } from '../../src/core/screening/lists/list-version.ts';
import { connectDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { insertListVersion } from '../../src/db/repos/list-versions.repo.ts';
import { CatalogCache } from '../../src/services/catalog/catalog-cache.ts';
import { deltaRescreenParties } from '../../src/services/screening/delta-rescreen-parties.ts';
import { ScreeningIndexCache } from '../../src/services/screening/screening-index-cache.ts';
import type { ServiceDeps } from '../../src/services/service-deps.ts';
import { createPostgresDatabase } from '../../test/support/test-databases.ts';
import { loadBenchLists, requireSharedData } from '../screening/load-lists.ts';
import { negativeNames } from '../screening/recall.ts';
import { report, section } from '../screening/report.ts';
import { misspell, seededRandom } from '../screening/variants.ts';

const PARTIES = 100_000;
const CHANGED = 2_000;

requireSharedData();
const url = process.env.DATABASE_URL;
const created = url ? await createPostgresDatabase(url) : null;
const handle = created
  ? await connectDatabase({ kind: 'postgres', url: created.url })
  : await connectDatabase({ kind: 'pglite', dataDir: null });
await migrateToLatest(handle.db);
console.log(`aiexports delta re-screening benchmark on ${created ? 'PostgreSQL' : 'PGlite (in memory)'}`);

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
  contentHash: sha256Hex(id),
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

const deps: ServiceDeps = {
  db: handle.db,
  clock: () => new Date('2026-11-28T12:00:00Z'),
  newId: () => randomUUID(),
  randomToken: () => randomBytes(24).toString('base64url'),
  sha256: sha256Hex,
  passwords: { hash: async (p) => p, verify: async (h, p) => h === p },
  sessionTtlHours: 12,
  screeningCache: new ScreeningIndexCache(),
  catalogCache: new CatalogCache(),
};

globalThis.gc?.();
const baseline = process.memoryUsage();
let peakRss = baseline.rss;
let peakHeap = baseline.heapUsed;
let batches = 0;
const sample = (): void => {
  const now = process.memoryUsage();
  peakRss = Math.max(peakRss, now.rss);
  peakHeap = Math.max(peakHeap, now.heapUsed);
};
const sampler = setInterval(sample, 10);
let firstBatchAt = 0;
let lastBatchAt = 0;
const start = performance.now();
const result = await deltaRescreenParties(
  deps,
  { listVersionId: 'bench-v2', previousVersionId: 'bench-v1' },
  async () => {
    if (batches === 0) firstBatchAt = performance.now();
    lastBatchAt = performance.now();
    batches++;
    sample();
  },
);
const seconds = (performance.now() - start) / 1000;
clearInterval(sampler);
sample();
if (!result.ok) throw new Error(result.error.message);

section(`Delta re-screening: ${result.value.parties} stored parties × ${result.value.deltaEntries} changed entries`);
report(
  'time (service: diff, delta index, every batch, hits stored)',
  `${seconds.toFixed(2)} s`,
  '< 10 s',
  seconds < 10,
);
report(
  '  until the first batch is screened (entries, diff, delta index)',
  `${((firstBatchAt - start) / 1000).toFixed(2)} s`,
);
report('  storing the hits (after the last batch)', `${((performance.now() - lastBatchAt) / 1000).toFixed(2)} s`);
report('peak resident memory (RSS) during the run', `${Math.round(peakRss / 1e6)} MB`, '< 400 MB', peakRss < 400e6);
report('  RSS before the run (lists and database loaded)', `${Math.round(baseline.rss / 1e6)} MB`);
report('peak JS heap during the run', `${Math.round(peakHeap / 1e6)} MB`);
report('  heap before the run', `${Math.round(baseline.heapUsed / 1e6)} MB`);
report('batches read', String(batches));
report('new hits stored', String(result.value.newHits));
await handle.close();
await created?.drop();
