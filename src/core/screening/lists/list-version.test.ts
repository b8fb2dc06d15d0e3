import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ListEntry } from './list-entry.ts';
import { diffLists, entryFingerprint, summarizeListVersion } from './list-version.ts';

const entry = (entryId: string, overrides: Partial<ListEntry> = {}): ListEntry => ({
  list: 'ofac',
  source: 'SDN',
  entryId,
  type: 'company',
  primaryName: `NAME ${entryId}`,
  aliases: ['A', 'B'],
  countries: ['IR'],
  programs: ['IRAN'],
  ...overrides,
});

describe('entryFingerprint', () => {
  it('is equal when only the order of aliases, countries or programmes differs', () => {
    const a = entry('1', { aliases: ['A', 'B'], countries: ['IR', 'SY'] });
    const b = entry('1', { aliases: ['B', 'A'], countries: ['SY', 'IR'] });
    assert.equal(entryFingerprint(a), entryFingerprint(b));
  });

  it('differs when any compared field differs', () => {
    const base = entryFingerprint(entry('1'));
    assert.notEqual(entryFingerprint(entry('1', { remarks: 'x' })), base);
    assert.notEqual(entryFingerprint(entry('1', { type: 'person' })), base);
    assert.notEqual(entryFingerprint(entry('2')), entryFingerprint(entry('2', { aliases: ['A'] })));
  });
});

describe('summarizeListVersion', () => {
  it('counts entries and hashes them independently of their order', () => {
    const entries = [entry('1'), entry('2'), entry('3')];
    const summary = summarizeListVersion(entries);
    assert.equal(summary.entryCount, 3);
    assert.match(summary.contentHash, /^[0-9a-f]{64}$/);
    assert.equal(summarizeListVersion([...entries].reverse()).contentHash, summary.contentHash);
    assert.notEqual(summarizeListVersion(entries.slice(1)).contentHash, summary.contentHash);
  });

  it('uses the hash function it is given', () => {
    assert.equal(summarizeListVersion([entry('1')], (text) => `len${text.length}`).contentHash.startsWith('len'), true);
  });
});

describe('diffLists', () => {
  it('reports added, removed and changed entries with the fields that changed', () => {
    const before = [entry('1'), entry('2'), entry('3', { remarks: 'old' })];
    const after = [entry('1', { aliases: ['B', 'A'] }), entry('3', { remarks: 'new', programs: ['SDGT'] }), entry('4')];
    const diff = diffLists(before, after);
    assert.deepEqual(
      diff.added.map((e) => e.entryId),
      ['4'],
    );
    assert.deepEqual(
      diff.removed.map((e) => e.entryId),
      ['2'],
    );
    assert.deepEqual(
      diff.changed.map((change) => [change.before.entryId, change.fields]),
      [['3', ['programs', 'remarks']]],
    );
    assert.equal(diff.unchanged, 1);
  });

  it('reports nothing when both versions hold the same entries', () => {
    const entries = [entry('1'), entry('2')];
    assert.deepEqual(diffLists(entries, [...entries].reverse()), { added: [], removed: [], changed: [], unchanged: 2 });
  });

  it('pairs identical entries first when an id repeats', () => {
    const home = entry('9', { countries: ['US'] });
    const abroad = entry('9', { countries: ['DK'] });
    const moved = entry('9', { countries: ['ZA'] });
    const diff = diffLists([home, abroad], [abroad, moved, entry('9', { countries: ['NA'] })]);
    assert.equal(diff.unchanged, 1);
    assert.deepEqual(
      diff.changed.map((change) => [change.before.countries, change.after.countries, change.fields]),
      [[['US'], ['ZA'], ['countries']]],
    );
    assert.deepEqual(
      diff.added.map((e) => e.countries),
      [['NA']],
    );
    assert.deepEqual(diff.removed, []);
  });
});
