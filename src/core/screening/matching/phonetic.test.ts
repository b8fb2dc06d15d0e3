import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { abjadAligns, abjadSkeleton, consonantKey, joinAbjadWords, soundex } from './phonetic.ts';
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

  it('drops the article before a sun letter alike in joined Arabic words and in Latin spellings', () => {
    assert.equal(joinAbjadWords(['nwr', 'al', 'dyn']), 'nwradyn');
    assert.equal(abjadSkeleton(joinAbjadWords(['nwr', 'al', 'dyn'])), abjadSkeleton('noureddine'));
    assert.equal(abjadSkeleton(joinAbjadWords(['abd', 'al', 'rhmn'])), abjadSkeleton('abdelrahman'));
    assert.equal(abjadSkeleton(joinAbjadWords(['hdayt', 'allah'])), abjadSkeleton('hidayatullah'));
    // before a moon letter the article stays
    assert.equal(abjadSkeleton(joinAbjadWords(['abd', 'al', 'qadr'])), abjadSkeleton('abdelkader'));
    assert.equal(abjadSkeleton('lounici'), abjadSkeleton('lwnysy'));
  });
});

describe('abjadAligns', () => {
  it('accepts Latin spellings that put back the short vowels of a vowel-less word', () => {
    for (const [romanised, latin] of [
      ['th', 'taha'],
      ['rawy', 'rawi'],
      ['yhya', 'yahia'],
      ['fdl', 'fazal'],
      ['jmh', 'juma'],
      ['hsn', 'hassan'],
      ['mhmd', 'mohammed'],
      ['amr', 'omar'],
      ['qasmy', 'gasmi'],
      ['jwady', 'djouadi'],
    ]) {
      assert.equal(abjadAligns(romanised!, latin!), true, `${romanised} / ${latin}`);
    }
  });

  it('rejects spellings that add consonants or move the written long vowels', () => {
    for (const [romanised, latin] of [
      ['th', 'thomas'],
      ['aly', 'lee'],
      ['amr', 'mary'],
      ['hsn', 'hussein'],
      ['rwdy', 'radoslaw'],
    ]) {
      assert.equal(abjadAligns(romanised!, latin!), false, `${romanised} / ${latin}`);
    }
  });
});

describe('abjadAligns, call after call', () => {
  it('answers the same after alignments of other sizes (its memo is reused, never stale)', () => {
    const pairs: [string, string, boolean][] = [
      ['th', 'taha', true],
      ['th', 'thomas', false],
      ['abdalrhmn', 'abderrahmane', false],
      ['mhmd', 'muhammad', true],
      ['mhmd', 'mahmoud', true],
      ['jmh', 'juma', true],
      ['fdl', 'fazal', true],
      ['rawy', 'rawi', true],
      ['mhmd', 'ahmad', false],
    ];
    const first = pairs.map(([romanised, latin]) => abjadAligns(romanised, latin));
    assert.deepEqual(
      first,
      pairs.map(([, , expected]) => expected),
    );
    // a long alignment (a memo larger than the reused one) in between changes nothing
    assert.equal(abjadAligns('a'.repeat(40), 'a'.repeat(120)), true);
    assert.deepEqual(
      [...pairs].reverse().map(([romanised, latin]) => abjadAligns(romanised, latin)),
      [...first].reverse(),
    );
  });
});
