import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sha256Hex } from '../kernel/sha256.ts';
import { groupHits, type HitRow } from './hit-groups.ts';
import type { ListEntry } from './lists/list-entry.ts';

const EL = 'Entity List (EL) - Bureau of Industry and Security';
const entry = (entryId: string, fields: Partial<ListEntry> = {}): ListEntry => ({
  list: 'csl',
  source: EL,
  entryId,
  type: 'company',
  primaryName: 'Quarnexa Photonics Co., Ltd.',
  aliases: [],
  countries: ['CN'],
  programs: [],
  ...fields,
});
const row = (e: ListEntry, score: number, scope = 'csl'): HitRow<string> => ({
  hit: {
    list: e.list,
    source: e.source,
    entryId: e.entryId,
    name: e.primaryName,
    matchedName: e.primaryName,
    score,
    explanation: 'exact',
    tokens: [],
  },
  entry: e,
  scope,
  fingerprint: `fp-${e.entryId}`,
  origin: e.entryId,
});

describe('groupHits', () => {
  it('makes the rows of one entity differing only by address one hit with every address', () => {
    const rows = Array.from({ length: 10 }, (_, i) =>
      row(
        entry(`el-${9 - i}`, { addresses: [`No. ${i} Road, Shenzhen, CN`], url: 'https://bis.gov/el' }),
        0.9 + i / 100,
      ),
    );
    const [group, ...rest] = groupHits(rows);
    assert.equal(rest.length, 0);
    assert.equal(group!.addresses.length, 10);
    assert.equal(group!.entryId, 'el-0', 'the smallest id names the group');
    assert.equal(group!.hit.entryId, 'el-0');
    assert.equal(group!.hit.score, 0.99, 'the best score');
    assert.equal(group!.listName, 'Entity List');
    assert.equal(group!.entryUrl, 'https://bis.gov/el');
    const fingerprints = rows.map((r) => r.fingerprint).sort();
    assert.equal(group!.fingerprint, sha256Hex(fingerprints.join('\n')));
  });

  it('keeps one row’s own fingerprint, and keeps entities of other names, types, sub-lists or lists apart', () => {
    const groups = groupHits([
      row(entry('a', { programs: ['P1'] }), 0.95),
      row(entry('b', { primaryName: 'Quarnexa Photonics Research Institute' }), 0.9),
      row(entry('c', { type: 'person' }), 0.9),
      row(entry('d', { source: 'Unverified List (UVL) - Bureau of Industry and Security' }), 0.9),
      row(entry('e'), 0.9, 'other-list'),
      row(entry('a2', { primaryName: '  quarnexa  photonics co., ltd. ', programs: ['P2'] }), 0.8),
    ]);
    assert.equal(groups.length, 5);
    const first = groups[0]!;
    assert.deepEqual(first.entryIds, ['a', 'a2'], 'name compared without case or spacing');
    assert.deepEqual(first.programs, ['P1', 'P2']);
    assert.equal(groups.find((g) => g.entryId === 'b')!.fingerprint, 'fp-b');
    assert.equal(groups.find((g) => g.entryId === 'd')!.listName, 'Unverified List');
  });
});
