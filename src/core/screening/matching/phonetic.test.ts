import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { consonantKey, soundex } from './phonetic.ts';

const SHARED_DATA = new URL('../../../../../shared/data/', import.meta.url);

/** Rows of a headerless `a,b,expected` vector file (quoted fields allowed). */
const readVectors = (name: string): string[][] => {
  const text = readFileSync(new URL(`matching/vectors/${name}`, SHARED_DATA), 'utf8');
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    if (line.length === 0) continue;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (quoted) {
        if (c === '"' && line[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
        else field += c;
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        fields.push(field);
        field = '';
      } else field += c;
    }
    fields.push(field);
    rows.push(fields);
  }
  return rows;
};

describe('soundex', () => {
  it('codes names as jellyfish does', () => {
    for (const [word, expected] of readVectors('jellyfish_soundex.csv')) {
      if (word === undefined || expected === undefined) continue;
      assert.equal(soundex(word), expected, word);
    }
  });
});

describe('consonantKey', () => {
  it('gives transliteration variants the same skeleton', () => {
    assert.equal(consonantKey('mohammed'), consonantKey('muhamad'));
    assert.equal(consonantKey('usama'), consonantKey('osama'));
    assert.equal(consonantKey('qadhafi'), consonantKey('kadafi'));
  });
  it('keeps different names apart', () => {
    assert.notEqual(consonantKey('bush'), consonantKey('habbash'));
  });
});
