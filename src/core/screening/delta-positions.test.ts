import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sha256Hex } from '../kernel/sha256.ts';
import { deltaPositions } from './delta-positions.ts';
import type { ListEntry } from './lists/list-entry.ts';
import { diffLists, entryFingerprint } from './lists/list-version.ts';

const entry = (entryId: string, primaryName: string): ListEntry => ({
  list: 'watchlist',
  source: 'Test',
  entryId,
  type: 'company',
  primaryName,
  aliases: [],
  countries: [],
  programs: [],
});
const keys = (entries: ListEntry[]) =>
  entries.map((e, position) => ({ position, entryId: e.entryId, fingerprint: entryFingerprint(e, sha256Hex) }));

describe('deltaPositions', () => {
  it('finds the same added and changed entries as diffLists, duplicates paired one to one', () => {
    const before = [entry('1', 'Alpha'), entry('2', 'Beta'), entry('3', 'Gamma'), entry('3', 'Gamma')];
    const after = [
      entry('1', 'Alpha'),
      entry('2', 'Beta Ltd'),
      entry('3', 'Gamma'),
      entry('3', 'Gamma'),
      entry('3', 'Gamma'),
      entry('4', 'Delta'),
    ];
    const diff = diffLists(before, after, sha256Hex);
    const fromDiff = [...diff.added, ...diff.changed.map((c) => c.after)].map((e) => `${e.entryId}:${e.primaryName}`);
    const positions = deltaPositions(keys(before), keys(after));
    assert.deepEqual(positions, [1, 4, 5]);
    assert.deepEqual(positions.map((p) => `${after[p]!.entryId}:${after[p]!.primaryName}`).sort(), fromDiff.sort());
  });

  it('takes every entry as new when there is no previous version', () => {
    assert.deepEqual(deltaPositions([], keys([entry('1', 'Alpha'), entry('2', 'Beta')])), [0, 1]);
  });
});
