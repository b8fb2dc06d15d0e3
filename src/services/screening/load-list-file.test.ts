// The loader on committed data: the small list fixtures (test/fixtures/lists) and the dated snapshot of the
// full CSL and UN lists (data/lists). Expected counts come from an independent reading of the same files
// (raw ent_num lines, csv-parse, XML tags), so a parser change cannot move both sides at once.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { fixturePath, snapshotPath } from '../../../test/support/data-paths.ts';
import type { Result } from '../../core/kernel/result.ts';
import { hashListContent } from './hash-list-content.ts';
import { importListFile, loadListFile } from './load-list-file.ts';

const expectOk = <T>(result: Result<T>): T => {
  if (!result.ok) assert.fail(`${result.error.code}: ${result.error.message}`);
  return result.value;
};
const list = (relative: string) => fixturePath(`lists/${relative}`);
const CSL_SNAPSHOT = snapshotPath('csl_2026-07-31.csv.gz');
const UN_SNAPSHOT = snapshotPath('un_2026-02-27.xml.gz');

/** ent_num of every row of an OFAC legacy file, read straight from the raw lines. */
const rawEntNums = (relative: string): string[] =>
  [...readFileSync(list(relative), 'latin1').matchAll(/^(\d+),/gm)].map((match) => match[1]!);
/** Rows of a linked OFAC file whose ent_num has no primary record. */
const orphans = (linked: string, primary: string[]): number =>
  rawEntNums(linked).filter((id) => !primary.includes(id)).length;
const csvRows = (text: string | Buffer): Record<string, string>[] => parse(text, { columns: true });

const loads = new Map<string, ReturnType<typeof loadListFile>>();
/** Each list is parsed once per test file; the tests only read the entries. */
const loadOnce = (format: Parameters<typeof loadListFile>[0], path: string): ReturnType<typeof loadListFile> => {
  const key = `${format}:${path}`;
  const loaded = loads.get(key) ?? loadListFile(format, path);
  loads.set(key, loaded);
  return loaded;
};

describe('loadListFile', () => {
  let scratch = '';
  before(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'aiexports-lists-'));
  });
  after(async () => {
    await rm(scratch, { recursive: true, force: true });
  });

  const sdn2021 = rawEntNums('ofac/sdn_2021-07/sdn.csv');
  const sdn2024 = rawEntNums('ofac/sdn_2024-05-03.csv');
  const consPrim = rawEntNums('ofac/cons_prim_2025-12.csv');
  const dplRows = readFileSync(list('bis/dpl_2022-09.txt'), 'utf8').trim().split('\n').length - 1;
  const counts: [Parameters<typeof loadListFile>[0], string, number][] = [
    [
      'csl',
      list('consolidated_sample_2025-06.csv'),
      csvRows(readFileSync(list('consolidated_sample_2025-06.csv'))).length,
    ],
    ['csl', list('csl_subset_2019-12.csv'), csvRows(readFileSync(list('csl_subset_2019-12.csv'))).length],
    ['ofac', list('ofac/sdn_2021-07'), sdn2021.length],
    ['ofac', list('ofac/sdn_2021-07/sdn.csv'), sdn2021.length],
    ['ofac', list('ofac/sdn_2024-05-03.csv'), sdn2024.length],
    ['ofac', list('ofac/cons_prim_2025-12.csv'), consPrim.length],
    ['ofac', list('ofac'), sdn2024.length + consPrim.length],
    ['dpl', list('bis/dpl_2022-09.txt'), dplRows],
  ];
  for (const [format, path, count] of counts) {
    const name = path.slice(path.indexOf('lists/'));
    it(`reads ${count} entries when loading ${format}:${name}`, async () => {
      assert.ok(count > 10, 'the fixture has rows');
      const entries = expectOk(await loadOnce(format, path));
      assert.equal(entries.length, count);
      assert.ok(entries.every((entry) => entry.list === format && entry.primaryName !== '' && entry.entryId !== ''));
    });
  }

  it('gives distinct ids within each list file and keeps the ids the sources repeat', async () => {
    for (const [format, path] of [
      ['ofac', list('ofac/sdn_2024-05-03.csv')],
      ['ofac', list('ofac/cons_prim_2025-12.csv')],
      ['dpl', list('bis/dpl_2022-09.txt')],
    ] as const) {
      const entries = expectOk(await loadOnce(format, path));
      assert.equal(new Set(entries.map((entry) => entry.entryId)).size, entries.length, path);
    }
    // a party on both the SDN and the non-SDN list keeps its ent_num on both
    const onBoth = consPrim.filter((id) => sdn2024.includes(id));
    assert.ok(onBoth.length > 0, 'the fixture has parties on both lists');
    const ofac = expectOk(await loadOnce('ofac', list('ofac')));
    assert.equal(new Set(ofac.map((entry) => entry.entryId)).size, sdn2024.length + consPrim.length - onBoth.length);
  });

  it('links the 2025-12 alt/add/comments to the 2024-05-03 SDN file and counts the rows it lacks', async () => {
    const imported = expectOk(await importListFile('ofac', list('ofac/sdn_2024-05-03.csv')));
    assert.deepEqual(
      imported.files.map((file) => file.split('/').at(-1)),
      ['sdn_2024-05-03.csv', 'alt_2025-12.csv', 'add_2025-12.csv', 'sdn_comments_2025-12.csv'],
    );
    const skipped = {
      aliases: orphans('ofac/alt_2025-12.csv', sdn2024),
      addresses: orphans('ofac/add_2025-12.csv', sdn2024),
      comments: orphans('ofac/sdn_comments_2025-12.csv', sdn2024),
    };
    assert.ok(skipped.aliases > 0 && skipped.addresses > 0 && skipped.comments > 0, 'the fixture has orphans');
    assert.deepEqual(imported.skipped, skipped);
    const bank = imported.entries.find((entry) => entry.entryId === '306');
    assert.deepEqual(bank?.aliases, ['NATIONAL BANK OF CUBA']);
  });

  it('finds no orphans when the 2021-07 set is one consistent day', async () => {
    const imported = expectOk(await importListFile('ofac', list('ofac/sdn_2021-07')));
    assert.deepEqual(imported.skipped, { aliases: 0, addresses: 0, comments: 0 });
    assert.equal(imported.files.length, 4);
    const raw = readFileSync(list('ofac/sdn_2021-07/sdn.csv'));
    assert.deepEqual([...raw.subarray(-3)], [0x0d, 0x0a, 0x1a], 'CRLF lines and a trailing Ctrl-Z');
  });

  it('reads the CSL JSON fixture with the same ids as the sample CSV', async () => {
    const fromJson = expectOk(await loadListFile('csl', list('csl-sample.json')));
    const fromCsv = expectOk(await loadOnce('csl', list('consolidated_sample_2025-06.csv')));
    assert.equal(fromJson.length, 6);
    for (const entry of fromJson) {
      const twin = fromCsv.find((candidate) => candidate.entryId === entry.entryId);
      assert.deepEqual(entry, twin);
    }
  });

  it('reads gzip-compressed list files as the plain ones when their names end in .gz', async () => {
    const dpl = join(scratch, 'dpl_2022-09.txt.gz');
    await writeFile(dpl, gzipSync(await readFile(list('bis/dpl_2022-09.txt'))));
    assert.deepEqual(
      expectOk(await loadListFile('dpl', dpl)),
      expectOk(await loadOnce('dpl', list('bis/dpl_2022-09.txt'))),
    );
    // an OFAC folder of .csv.gz files: companions are found and linked as for .csv
    const folder = join(scratch, 'ofac-gz');
    await mkdir(folder);
    for (const name of ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv']) {
      await writeFile(join(folder, `${name}.gz`), gzipSync(await readFile(list(`ofac/sdn_2021-07/${name}`))));
    }
    const fromGzip = expectOk(await importListFile('ofac', folder));
    const plain = expectOk(await importListFile('ofac', list('ofac/sdn_2021-07')));
    assert.equal(fromGzip.files.length, 4);
    assert.deepEqual(fromGzip.entries, plain.entries);
  });

  it('fails with list_malformed naming the file when a .gz file is not gzip', async () => {
    const path = join(scratch, 'broken.xml.gz');
    await writeFile(path, '<CONSOLIDATED_LIST/>');
    const result = await loadListFile('un', path);
    assert.equal(result.ok ? '' : result.error.code, 'list_malformed');
    assert.equal(result.ok ? '' : (result.error.details as { file: string }).file, path);
    const truncated = join(scratch, 'truncated.csv.gz');
    await writeFile(truncated, (await readFile(CSL_SNAPSHOT)).subarray(0, 5000));
    const cut = await loadListFile('csl', truncated);
    assert.equal(cut.ok ? '' : cut.error.code, 'list_malformed');
  });

  it('reads a watchlist CSV', async () => {
    const path = join(scratch, 'watchlist.csv');
    await writeFile(path, 'id,name,aliases,type,countries,source\nW1,Acme LLC,Acme,company,CN,own\n');
    const entries = expectOk(await loadListFile('watchlist', path));
    assert.deepEqual(entries[0]?.countries, ['CN']);
  });

  it('names the file, line and field when a list file is malformed', async () => {
    const path = join(scratch, 'bad.csv');
    await writeFile(path, 'id,name\nW1,\n');
    const result = await loadListFile('watchlist', path);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.error.code, 'list_malformed');
    assert.deepEqual(result.error.details, { line: 2, file: path, field: 'name' });
    assert.ok(result.error.message.startsWith(path));
  });

  it('names the OFAC file that is malformed', async () => {
    const folder = join(scratch, 'ofac-bad');
    await mkdir(folder);
    await writeFile(join(folder, 'sdn.csv'), '1,"A",-0- ,"X",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n');
    await writeFile(join(folder, 'alt.csv'), '1,2,"aka"\r\n');
    const result = await loadListFile('ofac', folder);
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal((result.error.details as { file: string }).file, join(folder, 'alt.csv'));
  });

  it('fails with not_found when the path does not exist and invalid_input when it does not fit the format', async () => {
    const missing = await loadListFile('un', join(scratch, 'nope.xml'));
    assert.equal(missing.ok ? '' : missing.error.code, 'not_found');
    const wrongExtension = await loadListFile('un', list('bis/dpl_2022-09.txt'));
    assert.equal(wrongExtension.ok ? '' : wrongExtension.error.code, 'invalid_input');
    const wrongInsideGzip = join(scratch, 'dpl.txt.gz');
    copyFileSync(UN_SNAPSHOT, wrongInsideGzip);
    const gzipWrongExtension = await loadListFile('un', wrongInsideGzip);
    assert.equal(gzipWrongExtension.ok ? '' : gzipWrongExtension.error.code, 'invalid_input');
    const noPrimary = await loadListFile('ofac', list('bis'));
    assert.equal(noPrimary.ok ? '' : noPrimary.error.code, 'invalid_input');
  });
});

describe('loadListFile on the data/lists snapshot', () => {
  it('reads every row of the compressed CSL of 2026-07-31, one id per listed party', async () => {
    const rows = csvRows(gunzipSync(readFileSync(CSL_SNAPSHOT)));
    assert.equal(rows.length, 25_921);
    const entries = expectOk(await loadOnce('csl', CSL_SNAPSHOT));
    assert.equal(entries.length, rows.length);
    // the compacted CSL gives one party listed at several addresses one _id (147 ids on 2 to 5 rows)
    assert.equal(new Set(entries.map((entry) => entry.entryId)).size, new Set(rows.map((row) => row._id)).size);
    assert.equal(new Set(entries.map((entry) => entry.entryId)).size, 25_746);
  });

  it('counts UN individuals and entities of 2026-02-27 as persons and companies', async () => {
    const xml = gunzipSync(readFileSync(UN_SNAPSHOT)).toString('utf8');
    const individuals = xml.match(/<INDIVIDUAL>/g)?.length ?? 0;
    const entities = xml.match(/<ENTITY>/g)?.length ?? 0;
    assert.deepEqual([individuals, entities], [730, 273]);
    const entries = expectOk(await loadOnce('un', UN_SNAPSHOT));
    assert.equal(entries.filter((entry) => entry.type === 'person').length, individuals);
    assert.equal(entries.filter((entry) => entry.type === 'company').length, entities);
    assert.equal(new Set(entries.map((entry) => entry.entryId)).size, entries.length);
  });

  it('loads the full CSL and UN lists and the OFAC fixture side by side', async () => {
    // no timing assertion here (the machine may be busy): bench:screening reports the loading speed
    const loaded = await Promise.all([
      loadListFile('csl', CSL_SNAPSHOT),
      loadListFile('ofac', list('ofac')),
      loadListFile('un', UN_SNAPSHOT),
    ]);
    assert.deepEqual(
      loaded.map((result) => expectOk(result).length),
      [25_921, rawEntNums('ofac/sdn_2024-05-03.csv').length + rawEntNums('ofac/cons_prim_2025-12.csv').length, 1_003],
    );
  });
});

describe('hashListContent', () => {
  it('gives the sha256sum of a single file', async () => {
    const path = list('bis/dpl_2022-09.txt');
    const hash = expectOk(await hashListContent('dpl', path));
    assert.equal(
      hash,
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
    );
  });

  it('gives a .gz file the hash of its decompressed content', async () => {
    const hash = expectOk(await hashListContent('un', UN_SNAPSHOT));
    assert.equal(
      hash,
      createHash('sha256')
        .update(gunzipSync(await readFile(UN_SNAPSHOT)))
        .digest('hex'),
    );
  });

  it('gives the same hash for the same OFAC set and a different one for another set', async () => {
    const folder = expectOk(await hashListContent('ofac', list('ofac/sdn_2021-07')));
    const file = expectOk(await hashListContent('ofac', list('ofac/sdn_2021-07/sdn.csv')));
    const newer = expectOk(await hashListContent('ofac', list('ofac/sdn_2024-05-03.csv')));
    assert.equal(folder, file);
    assert.notEqual(folder, newer);
    assert.match(folder, /^[0-9a-f]{64}$/);
  });
});
