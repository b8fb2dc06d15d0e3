import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { abjadSkeleton, consonantKey, soundex } from './phonetic.ts';
import { readVectors } from './vectors-test-support.ts';

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

describe('abjadSkeleton', () => {
  it('gives a Latin spelling the skeleton of its vowel-less romanisation', () => {
    assert.equal(abjadSkeleton('hussein'), abjadSkeleton('hsyn'));
    assert.equal(abjadSkeleton('tikriti'), abjadSkeleton('tkryty'));
    assert.equal(abjadSkeleton('putin'), abjadSkeleton('bwtyn'));
    assert.equal(abjadSkeleton('vladimir'), abjadSkeleton('fladymyr'));
  });

  it('reads the assimilated article and French dj', () => {
    assert.equal(abjadSkeleton('essaadi'), abjadSkeleton('alsdy'));
    assert.equal(abjadSkeleton('djouadi'), abjadSkeleton('jwady'));
  });
});
