import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { testDatabases } from '../../../test/support/test-databases.ts';
import type { ListEntry } from '../../core/screening/lists/list-entry.ts';
import { entryFingerprint } from '../../core/screening/lists/list-version.ts';
import type { DatabaseHandle } from '../connect.ts';
import { listVersionFingerprints, walkVersionFingerprints } from './list-entries.repo.ts';
import { insertListVersion } from './list-versions.repo.ts';

const entry = (i: number): ListEntry => ({
  list: 'watchlist',
  source: 'watchlist:paging',
  entryId: `P-${i % 5}`,
  primaryName: `Paging Entry ${i}`,
  aliases: [],
  type: 'company',
  countries: [],
  programs: [],
  addresses: [],
  remarks: '',
});

for (const engine of testDatabases()) {
  describe(`walkVersionFingerprints on ${engine.name}`, () => {
    let database: DatabaseHandle;
    before(async () => {
      database = await engine.open();
      const entries = Array.from({ length: 7 }, (_v, i) => entry(i));
      await insertListVersion(
        database.db,
        {
          id: 'paging-v1',
          source: 'watchlist:paging',
          format: 'watchlist',
          contentHash: 'hash-paging',
          asOf: '2026-11',
          entryCount: entries.length,
          importedAt: new Date('2026-11-28T12:00:00Z'),
          importedBy: null,
          files: ['paging.csv'],
          etag: null,
        },
        entries.map((e) => ({ entry: e, fingerprint: entryFingerprint(e) })),
      );
    });
    after(() => database.close());

    it('reads the keys listVersionFingerprints reads, in file order, a page at a time', async () => {
      const whole = await listVersionFingerprints(database.db, 'paging-v1');
      assert.equal(whole.length, 7);
      for (const pageSize of [1, 3, 7, 10]) {
        const pages: { position: number; entryId: string; fingerprint: string }[][] = [];
        for await (const page of walkVersionFingerprints(database.db, 'paging-v1', pageSize)) pages.push(page);
        assert.deepEqual(pages.flat(), whole, `pages of ${pageSize}`);
        assert.equal(pages.length, Math.ceil(7 / pageSize), `pages of ${pageSize}`);
        assert.ok(
          pages.every((page) => page.length <= pageSize),
          `no page over ${pageSize}`,
        );
      }
    });

    it('reads nothing for an unknown version', async () => {
      const pages: unknown[] = [];
      for await (const page of walkVersionFingerprints(database.db, 'no-such-version', 3)) pages.push(page);
      assert.deepEqual(pages, []);
    });
  });
}
