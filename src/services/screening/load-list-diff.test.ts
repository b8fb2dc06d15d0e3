// diffLists (core) over a real OFAC change, on the committed fixture: the same SDN parties cut from the
// primary file of 2021-07-07 and from that of 2024-05-03 (removed, added, changed and unchanged ones).
import assert from 'node:assert/strict';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { fixturePath } from '../../../test/support/data-paths.ts';
import type { ListEntry } from '../../core/screening/lists/list-entry.ts';
import { diffLists, summarizeListVersion } from '../../core/screening/lists/list-version.ts';
import { parseOfacLegacy } from '../../core/screening/lists/ofac-legacy.ts';

const OLD = fixturePath('lists/ofac/sdn_2021-07/sdn.csv');
const NEW = fixturePath('lists/ofac/sdn_2024-05-03.csv');

const primaryOnly = async (path: string): Promise<ListEntry[]> => {
  const result = await parseOfacLegacy({
    source: 'SDN',
    primary: { text: createReadStream(path, 'utf8'), file: path },
  });
  if (!result.ok) assert.fail(result.error.message);
  return result.value.entries;
};
/** Each row's raw line by ent_num, read independently of the parser. */
const rawLines = async (path: string): Promise<Map<string, string>> =>
  new Map([...(await readFile(path, 'latin1')).matchAll(/^(\d+),(.*)$/gm)].map((match) => [match[1]!, match[2]!]));

describe('diffLists on the OFAC SDN change 2021-07 → 2024-05-03', () => {
  it('finds the added, removed and changed entries a comparison of the raw rows gives', async () => {
    const [before, after, oldRows, newRows] = await Promise.all([
      primaryOnly(OLD),
      primaryOnly(NEW),
      rawLines(OLD),
      rawLines(NEW),
    ]);
    const diff = diffLists(before, after);
    const ids = (rows: Map<string, string>, keep: (id: string) => boolean) => [...rows.keys()].filter(keep).sort();
    const added = ids(newRows, (id) => !oldRows.has(id));
    const removed = ids(oldRows, (id) => !newRows.has(id));
    // every row kept in this fixture whose raw line differs differs in a field the diff compares
    const changed = ids(oldRows, (id) => newRows.has(id) && newRows.get(id) !== oldRows.get(id));
    assert.ok(added.length > 0 && removed.length > 0 && changed.length > 0, 'the fixture has every kind of change');
    assert.deepEqual(diff.added.map((entry) => entry.entryId).sort(), added);
    assert.deepEqual(diff.removed.map((entry) => entry.entryId).sort(), removed);
    assert.deepEqual(diff.changed.map((change) => change.after.entryId).sort(), changed);
    assert.equal(diff.unchanged, oldRows.size - removed.length - changed.length);
  });

  it('names the changed fields: the name, the programs and the remarks', async () => {
    const diff = diffLists(await primaryOnly(OLD), await primaryOnly(NEW));
    const fields = new Set(diff.changed.flatMap((change) => change.fields));
    for (const field of ['primaryName', 'programs', 'remarks'] as const) assert.ok(fields.has(field), field);
  });

  it('reports no change and equal content hashes when a version is compared with itself', async () => {
    const [first, second] = await Promise.all([primaryOnly(OLD), primaryOnly(OLD)]);
    const diff = diffLists(first, second);
    assert.deepEqual([diff.added.length, diff.removed.length, diff.changed.length], [0, 0, 0]);
    assert.equal(diff.unchanged, first.length);
    assert.deepEqual(summarizeListVersion(first), summarizeListVersion(second));
  });
});
