import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../../../test/support/test-databases.ts';
import { groupHits } from '../../core/screening/hit-groups.ts';
import type { ListEntry } from '../../core/screening/lists/list-entry.ts';
import { entryFingerprint } from '../../core/screening/lists/list-version.ts';
import { buildDeltaIndex, rescreenBatch } from '../../core/screening/matching/index.ts';
import type { DatabaseHandle } from '../../db/connect.ts';
import { insertListVersion } from '../../db/repos/list-versions.repo.ts';
import { pageScreenedParties, upsertScreenedParty } from '../../db/repos/screened-parties.repo.ts';
import { jobTestDeps } from '../../jobs/jobs-test-support.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { deltaRescreenParties } from './delta-rescreen-parties.ts';
import { addOrigin, emptyOrigins, hitRowsOf } from './screening-index-cache.ts';

const entry = (entryId: string, primaryName: string): ListEntry => ({
  list: 'watchlist',
  source: 'Test watchlist',
  entryId,
  type: 'company',
  primaryName,
  aliases: [],
  countries: [],
  programs: [],
});

const PARTY_NAMES = [
  'Acme Robotics',
  'Blue River Farms',
  'Horizon Maritime Logistics',
  'Golden Valley Bakery',
  'Northwind Traders',
  'Quantum Sky Avionics',
  'Sunrise Dental Clinic',
];

for (const engine of testDatabases()) {
  describe(`delta re-screening in batches on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let deps: ServiceDeps;
    before(async () => {
      database = await engine.open();
      ({ deps } = jobTestDeps(database.db));
      for (const [i, name] of PARTY_NAMES.entries()) {
        await upsertScreenedParty(deps.db, {
          id: `party-${i}`,
          proposalId: null,
          kind: 'end_user',
          partyKey: name.toLowerCase(),
          name,
          type: 'company',
          country: null,
          companyId: null,
          screeningStatus: 'screened',
          listVersionIds: [],
          now: new Date('2026-11-28T12:00:00Z'),
        });
      }
    });
    after(async () => {
      await database.close();
    });

    it('pages every stored party in id order, a page at a time', async () => {
      const seen: string[][] = [];
      let afterId: string | null = null;
      for (;;) {
        const page = await pageScreenedParties(deps.db, { afterId, limit: 3 });
        if (page.length === 0) break;
        seen.push(page.map((party) => party.id));
        afterId = page[page.length - 1]!.id;
      }
      assert.deepEqual(seen, [['party-0', 'party-1', 'party-2'], ['party-3', 'party-4', 'party-5'], ['party-6']]);
    });

    it('reads the parties in batches of the given size and still finds every new hit', async () => {
      await insertListVersion(
        deps.db,
        {
          id: 'version-1',
          source: 'watchlist:test',
          format: 'watchlist',
          contentHash: 'hash-1',
          asOf: '2026-11',
          entryCount: 2,
          importedAt: new Date('2026-11-28T12:00:00Z'),
          importedBy: null,
          files: ['test.csv'],
          etag: null,
        },
        [
          { entry: entry('w1', 'Horizon Maritime Logistics'), fingerprint: 'f1' },
          { entry: entry('w2', 'Quantum Sky Avionics'), fingerprint: 'f2' },
        ],
      );
      const progress: { done: number; total: number }[] = [];
      const result = await deltaRescreenParties(
        deps,
        { listVersionId: 'version-1', previousVersionId: null },
        async (p) => {
          progress.push(p);
        },
        3,
      );
      assert.ok(result.ok);
      assert.deepEqual(progress, [
        { done: 3, total: 7 },
        { done: 6, total: 7 },
        { done: 7, total: 7 },
      ]);
      assert.equal(result.value.parties, 7);
      assert.equal(result.value.deltaEntries, 2);
      assert.equal(result.value.newHits, 2);
    });
  });
}

for (const engine of testDatabases()) {
  describe(`delta re-screening over more parties than one batch on ${engine.name}`, () => {
    let database: DatabaseHandle;
    let deps: ServiceDeps;
    before(async () => {
      database = await engine.open();
      ({ deps } = jobTestDeps(database.db));
    });
    after(async () => {
      await database.close();
    });

    it('stores the hits a full re-screen of every party against the whole version finds', async () => {
      const withAddress = (item: ListEntry, address: string): ListEntry => ({ ...item, addresses: [address] });
      // one entity on two rows (same name, only the address and country differ); the change touches one of them
      const golden1 = withAddress(entry('g1', 'Golden Star Trading'), '1 Harbour Road, Dubai');
      const golden2 = withAddress(entry('g2', 'Golden Star Trading'), '9 Port Street, Sharjah');
      const golden2Moved = {
        ...withAddress(entry('g2', 'Golden Star Trading'), '12 Port Street, Sharjah'),
        countries: ['AE'],
      };
      const northwind = entry('x1', 'Northwind Maritime Logistics');
      const quantum = entry('n1', 'Quantum Sky Avionics');
      const version = (id: string, entries: ListEntry[]) =>
        insertListVersion(
          deps.db,
          {
            id,
            source: 'watchlist:batches',
            format: 'watchlist',
            contentHash: `hash-${id}`,
            asOf: '2026-11',
            entryCount: entries.length,
            importedAt: new Date('2026-11-28T12:00:00Z'),
            importedBy: null,
            files: ['test.csv'],
            etag: null,
          },
          entries.map((item) => ({ entry: item, fingerprint: entryFingerprint(item) })),
        );
      await version('batches-1', [golden1, northwind, golden2]);
      const current = [golden1, northwind, golden2Moved, quantum];
      await version('batches-2', current);
      const names = [
        'Golden Star Trading Co',
        'Blue River Farms',
        'Quantum Sky Avionix',
        'Northwind Maritime Logistics',
        'Sunrise Dental Clinic',
        'Golden Star Tradng',
        'Acme Robotics',
        'Quantum Sky Avionics',
        'Harbour Bakery',
      ];
      const parties = [];
      for (const [i, name] of names.entries())
        parties.push(
          await upsertScreenedParty(deps.db, {
            id: `batch-party-${i}`,
            proposalId: null,
            kind: 'end_user',
            partyKey: `batch-${i}`,
            name,
            type: 'company',
            country: null,
            companyId: null,
            screeningStatus: 'screened',
            listVersionIds: [],
            now: new Date('2026-11-28T12:00:00Z'),
          }),
        );

      const result = await deltaRescreenParties(
        deps,
        { listVersionId: 'batches-2', previousVersionId: 'batches-1' },
        async () => {},
        2,
      );
      assert.ok(result.ok);
      assert.equal(result.value.parties, names.length);
      assert.equal(result.value.deltaEntries, 2);

      // the full re-screen: origins over every row of the version, every party at once
      const origins = emptyOrigins();
      for (const item of current)
        addOrigin(
          origins,
          { id: 'batches-2', source: 'watchlist:batches' },
          {
            entry: item,
            fingerprint: entryFingerprint(item),
          },
        );
      const expected = rescreenBatch(
        buildDeltaIndex([golden2Moved, quantum]),
        parties.map((party) => ({ id: party.id, name: party.name, type: 'company' as const })),
      )
        .flatMap((found) =>
          groupHits(hitRowsOf(origins, found.hits)).map((group) => ({
            partyId: found.partyId,
            entryId: group.entryId,
            fingerprint: group.fingerprint,
            addresses: [...group.addresses].sort(),
            entryIds: group.entryIds,
          })),
        )
        .sort((a, b) => `${a.partyId}${a.entryId}`.localeCompare(`${b.partyId}${b.entryId}`));
      const stored = (await deps.db.selectFrom('screening_hits').selectAll().execute())
        .map((row) => {
          const explanation = row.explanation as { addresses: string[]; entryIds: string[] };
          return {
            partyId: row.party_id,
            entryId: row.entry_id,
            fingerprint: row.entry_fingerprint,
            addresses: [...explanation.addresses].sort(),
            entryIds: explanation.entryIds,
          };
        })
        .sort((a, b) => `${a.partyId}${a.entryId}`.localeCompare(`${b.partyId}${b.entryId}`));
      assert.deepEqual(stored, expected);
      assert.equal(result.value.newHits, expected.length);
      // the changed row's hit carries its whole entity (both address rows); the unchanged entry gives no hit
      const golden = stored.find((hit) => hit.partyId === 'batch-party-0');
      assert.deepEqual(golden?.entryIds, ['g1', 'g2']);
      assert.deepEqual(golden?.addresses, ['1 Harbour Road, Dubai', '12 Port Street, Sharjah']);
      assert.ok(stored.some((hit) => hit.partyId === 'batch-party-7' && hit.entryId === 'n1'));
      assert.ok(!stored.some((hit) => hit.partyId === 'batch-party-3'));
    });
  });
}
