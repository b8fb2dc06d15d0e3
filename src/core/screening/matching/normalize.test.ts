import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { normalizeName } from './normalize.ts';

const putinNames = readFileSync(
  new URL('../../../../test/fixtures/matching/nomenklatura_putin_names.txt', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim().length > 0);

describe('normalizeName', () => {
  it('folds case, diacritics and punctuation when names are Latin', () => {
    assert.equal(normalizeName('Vladímír  PÚTÍN,'), 'vladimir putin');
    assert.equal(normalizeName('Recep Tayyip Erdoğan'), 'recep tayyip erdogan');
    assert.equal(normalizeName('Ｆｕｌｌｗｉｄｔｈ'), 'fullwidth');
  });
  it('romanises Cyrillic the way Western lists spell Russian names', () => {
    assert.equal(normalizeName('Путин, Владимир Владимирович'), 'putin vladimir vladimirovich');
    assert.equal(normalizeName('Ходорковский'), 'khodorkovskiy');
    assert.equal(normalizeName('Уладзімір Пуцін'), 'uladzimir putsin');
  });
  it('romanises Greek digraphs', () => {
    assert.equal(normalizeName('Βλαντίμιρ Πούτιν'), 'vladimir putin');
  });
  it('brings most spellings of one name in ~80 scripts to the Latin "putin"', () => {
    const withPutin = putinNames.filter((name) => /\bputin\b/.test(normalizeName(name)));
    assert.ok(withPutin.length >= 45, `only ${withPutin.length} of ${putinNames.length}`);
  });
  it('joins dotted abbreviations and drops apostrophes inside words', () => {
    assert.equal(normalizeName('A.B.C. Company'), 'abc company');
    assert.equal(normalizeName('G.m.b.H.'), 'gmbh');
    assert.equal(normalizeName("Al Qa'ida"), 'al qaida');
    assert.equal(normalizeName('В. В. Путин'), 'v v putin');
  });
  it('reads digits between letters as letters and keeps real numbers', () => {
    assert.equal(normalizeName('I9or Sech1n'), 'igor sechin');
    assert.equal(normalizeName('Trust 2005-AR16'), 'trust 2005 ar16');
    assert.equal(normalizeName('AT&T'), 'at and t');
  });
  it('is idempotent for any input', () => {
    fc.assert(fc.property(fc.string(), (text) => normalizeName(normalizeName(text)) === normalizeName(text)));
  });
});
