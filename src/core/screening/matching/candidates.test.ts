import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ListEntry } from '../lists/list-entry.ts';
import { expandQuery, expandToken, findCandidates } from './candidates.ts';
import { DEFAULT_MATCH_PARAMS } from './match-params.ts';
import { weighTokens } from './score-names.ts';
import { buildScreeningIndex } from './screening-index.ts';

const person = (entryId: string, primaryName: string): ListEntry => ({
  list: 'un',
  source: 'UN',
  entryId,
  type: 'person',
  primaryName,
  aliases: [],
  countries: [],
  programs: [],
});

describe('candidate retrieval', () => {
  const entries = Array.from({ length: 300 }, (_v, i) => person(`common-${i}`, `Mohammed Person${i}`));
  entries.push(person('rare', 'Mohammed Makhlouf'), person('lydia', 'Lydia'));
  const index = buildScreeningIndex(entries);

  it('expands a token to one-edit typos and transliteration variants of list tokens', () => {
    const keys = (key: string) => expandToken(index, key).map((e) => index.vocabularyKeys[e.id]);
    assert.ok(keys('makhluf').includes(index.vocabularyKeys[index.vocabulary.get('mahluf')!]!));
    assert.ok(expandToken(index, 'lidia', 'lyia').length > 0);
  });
  it('never hands more than maxCandidates names to the scorer, and keeps the rare-token name', () => {
    const query = weighTokens('Mohammed Makhlouf', 'person', DEFAULT_MATCH_PARAMS);
    const found = findCandidates(index, query, expandQuery(index, query));
    assert.ok(found.length <= DEFAULT_MATCH_PARAMS.maxCandidates);
    assert.ok(found.some((id) => index.entries[index.names[id]!.entry]!.entryId === 'rare'));
  });
  it('falls back to common tokens when the query has nothing rarer', () => {
    const query = weighTokens('Mohammed Person7', 'person', DEFAULT_MATCH_PARAMS);
    const found = findCandidates(index, query, expandQuery(index, query));
    assert.ok(found.some((id) => index.entries[index.names[id]!.entry]!.entryId === 'common-7'));
  });
});
