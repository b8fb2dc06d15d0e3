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
      row(entry('c', { type: 'vessel' }), 0.9),
      row(entry('d', { source: 'Unverified List (UVL) - Bureau of Industry and Security' }), 0.9),
      row(entry('e'), 0.9, 'other-list'),
      row(entry('f', { programs: ['P2'] }), 0.9),
      row(entry('a2', { primaryName: '  quarnexa  photonics co., ltd. ', programs: ['P1'] }), 0.8),
      row(entry('a', { programs: ['P1', 'P3'], addresses: ['Hong Kong, HK'] }), 0.7),
    ]);
    assert.equal(groups.length, 6);
    const first = groups[0]!;
    assert.deepEqual(first.entryIds, ['a', 'a2'], 'name compared without case or spacing');
    assert.deepEqual(first.programs, ['P1', 'P3'], 'a repeated id joins its first row’s entity');
    assert.deepEqual(first.addresses, ['Hong Kong, HK']);
    assert.equal(groups.find((g) => g.entryId === 'b')!.fingerprint, 'fp-b');
    assert.equal(groups.find((g) => g.entryId === 'd')!.listName, 'Unverified List');
    assert.ok(
      groups.some((g) => g.entryId === 'f'),
      'other programs: another entity',
    );
  });

  it('keeps two listed people of one name apart, but one person’s rows together', () => {
    const person = (id: string, address: string) =>
      row(entry(id, { type: 'person', primaryName: 'KIM, Yong Chol', addresses: [address] }), 0.9);
    const groups = groupHits([person('p1', 'Pyongyang, KP'), person('p2', 'Dandong, CN'), person('p1', 'Beijing, CN')]);
    assert.deepEqual(
      groups.map((g) => [g.entryIds, g.addresses]),
      [
        [['p1'], ['Pyongyang, KP', 'Beijing, CN']],
        [['p2'], ['Dandong, CN']],
      ],
    );
  });
});
