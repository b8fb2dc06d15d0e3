// npm run bench:delta — delta re-screening through the service on a real database: 100,000 stored parties
// against a 2,000-entry list change; time and peak memory beside their targets. PGlite in memory by default,
// PostgreSQL when DATABASE_URL is set (a fresh database is created and dropped).
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
const dataDir = process.env.SEED_DIR!;
const target: DatabaseTarget = created ? { kind: 'postgres', url: created.url } : { kind: 'pglite', dataDir };
const handle = await connectDatabase(target);
await migrateToLatest(handle.db);
console.log(`aiexports delta re-screening benchmark on ${created ? 'PostgreSQL' : 'PGlite (a temporary folder)'}`);

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
