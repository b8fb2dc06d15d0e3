import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../../../test/support/test-databases.ts';
import type { ListEntry } from '../../core/screening/lists/list-entry.ts';
import type { DatabaseHandle } from '../../db/connect.ts';
import { insertListVersion } from '../../db/repos/list-versions.repo.ts';
import { pageScreenedParties, upsertScreenedParty } from '../../db/repos/screened-parties.repo.ts';
import { jobTestDeps } from '../../jobs/jobs-test-support.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { deltaRescreenParties } from './delta-rescreen-parties.ts';

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
