// diffLists (core) over a real OFAC change: the full SDN primary file of 2021-07-07 against that of
// 2024-05-03 in ../shared/data/lists (reference suite). load-list-diff.test.ts does the same on a fixture.
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { sharedDataPath, sharedDataPresent } from '../../../test/support/data-paths.ts';
import type { ListEntry } from '../../core/screening/lists/list-entry.ts';
import { diffLists, summarizeListVersion } from '../../core/screening/lists/list-version.ts';
import { parseOfacLegacy } from '../../core/screening/lists/ofac-legacy.ts';

const OLD = sharedDataPath('lists/ofac/sdn_2021-07/sdn.csv');
const NEW = sharedDataPath('lists/ofac/sdn_2024-05-03.csv');

const primaryOnly = async (path: string): Promise<ListEntry[]> => {
  const result = await parseOfacLegacy({
    source: 'SDN',
    primary: { text: createReadStream(path, 'utf8'), file: path },
  });
  if (!result.ok) assert.fail(result.error.message);
  return result.value.entries;
};
/** ent_nums read straight from the raw lines, independently of the parser. */
const rawIds = async (path: string): Promise<Set<string>> =>
  new Set([...(await readFile(path, 'utf8')).matchAll(/^(\d+),/gm)].map((match) => match[1]!));

describe('diffLists on the full OFAC SDN change 2021-07 → 2024-05-03', {
  skip: !sharedDataPresent() && 'no ../shared/data',
}, () => {
  it('finds the added and removed entries a set difference of the raw ent_nums gives', async () => {
    const [before, after, oldIds, newIds] = await Promise.all([
      primaryOnly(OLD),
      primaryOnly(NEW),
      rawIds(OLD),
      rawIds(NEW),
    ]);
    const diff = diffLists(before, after);
    const added = [...newIds].filter((id) => !oldIds.has(id));
    const removed = [...oldIds].filter((id) => !newIds.has(id));
    assert.equal(added.length, 6_870);
    assert.equal(removed.length, 881);
    assert.deepEqual(diff.added.map((entry) => entry.entryId).sort(), added.sort());
    assert.deepEqual(diff.removed.map((entry) => entry.entryId).sort(), removed.sort());
    // counted separately with Python's csv module over name, type, program, vessel flag and remarks
    assert.equal(diff.changed.length, 745);
    assert.equal(diff.unchanged, 8_976 - 881 - 745);
    const byField = new Map<string, number>();
    for (const change of diff.changed)
      for (const field of change.fields) byField.set(field, (byField.get(field) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries([...byField].sort()), {
      countries: 47,
      primaryName: 60,
      programs: 150,
      remarks: 696,
    });
  });

  it('reports no change and equal content hashes when a version is compared with itself', async () => {
    const [first, second] = await Promise.all([primaryOnly(OLD), primaryOnly(OLD)]);
    const diff = diffLists(first, second);
    assert.deepEqual([diff.added.length, diff.removed.length, diff.changed.length, diff.unchanged], [0, 0, 0, 8_976]);
    assert.deepEqual(summarizeListVersion(first), summarizeListVersion(second));
  });
});
