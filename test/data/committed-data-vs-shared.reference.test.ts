// The committed test data is what it says it is (reference suite): the data/lists snapshot decompresses
// to the files in ../shared/data/lists, every row of a list fixture is a row of the file it was cut from,
// and the matching fixtures are copies of the shared ones.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { fixturePath, sharedDataPath, sharedDataPresent, snapshotPath } from '../support/data-paths.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** The rows of a list file: CRLF or LF lines, without a trailing Ctrl-Z. */
const CTRL_Z = String.fromCharCode(0x1a);
const lines = (path: string): string[] =>
  readFileSync(path, 'latin1')
    .split(/\r?\n/)
    .filter((line) => line !== '' && line !== CTRL_Z);
const LIST_FIXTURES = [
  'bis/dpl_2022-09.txt',
  'consolidated_sample_2025-06.csv',
  'csl_subset_2019-12.csv',
  ...readdirSync(fixturePath('lists/ofac/sdn_2021-07')).map((name) => `ofac/sdn_2021-07/${name}`),
  ...readdirSync(fixturePath('lists/ofac'))
    .filter((name) => name.endsWith('.csv'))
    .map((name) => `ofac/${name}`),
];

describe('committed test data against ../shared/data', { skip: !sharedDataPresent() && 'no ../shared/data' }, () => {
  it('has a data/lists snapshot that decompresses to the shared CSL and UN files', () => {
    for (const [snapshot, shared] of [
      ['csl_2026-07-31.csv.gz', 'lists/consolidated_2026-07-31.csv'],
      ['un_2026-02-27.xml.gz', 'lists/un/UN_consolidated_2026-02.xml'],
    ] as const) {
      assert.equal(
        sha256(gunzipSync(readFileSync(snapshotPath(snapshot)))),
        sha256(readFileSync(sharedDataPath(shared))),
        snapshot,
      );
    }
  });

  it('cuts every list fixture row from the shared file of the same name', () => {
    for (const name of LIST_FIXTURES) {
      const shared = new Set(lines(sharedDataPath(`lists/${name}`)));
      const rows = lines(fixturePath(`lists/${name}`));
      assert.ok(rows.length > 0, name);
      for (const row of rows) assert.ok(shared.has(row), `${name}: ${row.slice(0, 60)}`);
    }
  });

  it('copies the matching fixtures unchanged', () => {
    const vectors = readdirSync(fixturePath('matching/vectors')).map((name) => `vectors/${name}`);
    for (const name of ['name_pairs_dev.csv', 'nomenklatura_putin_names.txt', ...vectors]) {
      assert.equal(
        sha256(readFileSync(fixturePath(`matching/${name}`))),
        sha256(readFileSync(sharedDataPath(`matching/${name}`))),
        name,
      );
    }
  });
});
