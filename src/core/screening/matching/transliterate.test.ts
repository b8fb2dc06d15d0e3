import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romaniseHangulSyllable, transliterate } from './transliterate.ts';

describe('transliterate', () => {
  it('romanises Hangul one syllable each, as lists spell Korean names', () => {
    assert.equal(transliterate('김정은'), 'kim jong un');
    assert.equal(transliterate('리영호'), 'ri yong ho');
    assert.equal(transliterate('박'), 'pak');
  });

  it('romanises Chinese characters one pinyin syllable each', () => {
    assert.equal(transliterate('李方伟'), 'li fang wei');
  });

  it('romanises Arabic and Hebrew to consonant skeletons and Cyrillic as BGN/PCGN', () => {
    assert.equal(transliterate('طارق عزيز'), 'tarq azyz');
    assert.equal(transliterate('Путин'), 'putin');
  });

  it('writes a syllable differently at the start of a word', () => {
    assert.equal(romaniseHangulSyllable('김', true), 'kim');
    assert.equal(romaniseHangulSyllable('김', false), 'gim');
  });

  it('writes a foreign name in Hangul as one word without the epenthetic eu, Korean names by syllable', () => {
    assert.equal(transliterate('블라디미르 푸틴'), 'bladimir pu tin');
    assert.equal(transliterate('김정은'), 'kim jong un');
  });

  it('reads Armenian ու as u', () => {
    assert.equal(transliterate('Վլադիմիր Պուտին').toLowerCase(), 'vladimir putin');
  });
});
