// The loader on the full reference lists in ../shared/data/lists (reference suite: npm run test:reference).
// The committed fixtures and the data/lists snapshot cover the same behaviour in load-list-file.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedDataPath, sharedDataPresent } from '../../../test/support/data-paths.ts';
import type { Result } from '../../core/kernel/result.ts';
import { hashListContent } from './hash-list-content.ts';
import { importListFile, loadListFile } from './load-list-file.ts';

const expectOk = <T>(result: Result<T>): T => {
  if (!result.ok) assert.fail(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
const loads = new Map<string, ReturnType<typeof loadListFile>>();
/** Each real list is parsed once per test file; the tests only read the entries. */
const loadShared = (format: Parameters<typeof loadListFile>[0], file: string): ReturnType<typeof loadListFile> => {
  const key = `${format}:${file}`;
  const loaded = loads.get(key) ?? loadListFile(format, sharedListPath(file));
  loads.set(key, loaded);
  return loaded;
};
const sharedListPath = (relative: string): string => sharedDataPath(`lists/${relative}`);

describe('loadListFile on the full lists in ../shared/data/lists', {
  skip: !sharedDataPresent() && 'no ../shared/data',
}, () => {
  const counts: [Parameters<typeof loadListFile>[0], string, number][] = [
    ['csl', 'consolidated_2026-07-31.csv', 25_921],
    ['csl', 'consolidated_sample_2025-06.csv', 13],
    ['csl', 'csl_subset_2019-12.csv', 115],
    ['ofac', 'ofac/sdn_2021-07', 8_976],
    ['ofac', 'ofac/sdn_2021-07/sdn.csv', 8_976],
    ['ofac', 'ofac/sdn_2024-05-03.csv', 14_965],
    ['ofac', 'ofac/cons_prim_2025-12.csv', 442],
    ['ofac', 'ofac', 14_965 + 442],
    ['un', 'un/UN_consolidated_2026-02.xml', 730 + 273],
    ['dpl', 'bis/dpl_2022-09.txt', 581],
  ];
  for (const [format, file, count] of counts) {
    it(`reads ${count} entries when loading ${format}:${file}`, async () => {
      const entries = expectOk(await loadShared(format, file));
      assert.equal(entries.length, count);
      assert.ok(entries.every((entry) => entry.list === format && entry.primaryName !== '' && entry.entryId !== ''));
    });
  }

  it('gives distinct ids within each list file and keeps the ids the sources repeat', async () => {
    for (const [format, file] of [
      ['ofac', 'ofac/sdn_2024-05-03.csv'],
      ['ofac', 'ofac/cons_prim_2025-12.csv'],
      ['un', 'un/UN_consolidated_2026-02.xml'],
      ['dpl', 'bis/dpl_2022-09.txt'],
    ] as const) {
      const entries = expectOk(await loadShared(format, file));
      assert.equal(new Set(entries.map((entry) => entry.entryId)).size, entries.length, file);
    }
    // 61 parties are on both the SDN and the non-SDN list under the same ent_num
    const ofac = expectOk(await loadShared('ofac', 'ofac'));
    assert.equal(new Set(ofac.map((entry) => entry.entryId)).size, 15_407 - 61);
    // the compacted CSL gives one party listed at several addresses one _id (147 ids on 2 to 5 rows)
    const csl = expectOk(await loadShared('csl', 'consolidated_2026-07-31.csv'));
    assert.equal(new Set(csl.map((entry) => entry.entryId)).size, 25_746);
  });

  it('counts UN individuals and entities as persons and companies', async () => {
    const entries = expectOk(await loadShared('un', 'un/UN_consolidated_2026-02.xml'));
    assert.equal(entries.filter((entry) => entry.type === 'person').length, 730);
    assert.equal(entries.filter((entry) => entry.type === 'company').length, 273);
  });

  it('links the 2025-12 alt/add/comments to the 2024-05-03 SDN file and counts the rows it lacks', async () => {
    const imported = expectOk(await importListFile('ofac', sharedListPath('ofac/sdn_2024-05-03.csv')));
    assert.deepEqual(
      imported.files.map((file) => file.split('/').at(-1)),
      ['sdn_2024-05-03.csv', 'alt_2025-12.csv', 'add_2025-12.csv', 'sdn_comments_2025-12.csv'],
    );
    assert.deepEqual(imported.skipped, { aliases: 2_460, addresses: 4_893, comments: 6 });
    const bank = imported.entries.find((entry) => entry.entryId === '306');
    assert.deepEqual(bank?.aliases, ['NATIONAL BANK OF CUBA']);
  });

  it('finds no orphans when the 2021-07 set is one consistent day', async () => {
    const imported = expectOk(await importListFile('ofac', sharedListPath('ofac/sdn_2021-07')));
    assert.deepEqual(imported.skipped, { aliases: 0, addresses: 0, comments: 0 });
    assert.equal(imported.files.length, 4);
  });
});

describe('hashListContent on the full lists in ../shared/data/lists', {
  skip: !sharedDataPresent() && 'no ../shared/data',
}, () => {
  it('gives the same hash for the same OFAC set and a different one for another set', async () => {
    const folder = expectOk(await hashListContent('ofac', sharedListPath('ofac/sdn_2021-07')));
    const file = expectOk(await hashListContent('ofac', sharedListPath('ofac/sdn_2021-07/sdn.csv')));
    const newer = expectOk(await hashListContent('ofac', sharedListPath('ofac/sdn_2024-05-03.csv')));
    assert.equal(folder, file);
    assert.notEqual(folder, newer);
    assert.match(folder, /^[0-9a-f]{64}$/);
  });
});
