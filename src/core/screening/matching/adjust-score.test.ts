import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { adjustScore, type ScoreContext, withNotes } from './adjust-score.ts';
import { DEFAULT_MATCH_PARAMS } from './match-params.ts';

const plain: ScoreContext = { romanised: false, queryType: 'unknown', listedType: 'company', listedCountry: null };
const params = DEFAULT_MATCH_PARAMS;

describe('adjustScore', () => {
  it('keeps the score and gives no notes when nothing beyond the names applies', () => {
    assert.deepEqual(adjustScore(0.82, plain, params), { score: 0.82, notes: [] });
    assert.deepEqual(adjustScore(0.82, { ...plain, queryType: 'company' }, params), { score: 0.82, notes: [] });
    assert.deepEqual(adjustScore(0.82, { ...plain, queryType: 'person', listedType: 'unknown' }, params).notes, []);
  });

  it('discounts the score and says so when the entity types differ', () => {
    const adjusted = adjustScore(0.9, { ...plain, queryType: 'person' }, params);
    assert.equal(adjusted.score, 0.9 * params.typeMismatchFactor);
    assert.deepEqual(adjusted.notes, ['type person vs listed company']);
  });

  it('adds the bonus up to 1 and says so when the country is listed', () => {
    const listed = { ...plain, listedCountry: 'AE' };
    assert.equal(adjustScore(0.7, listed, params).score, 0.7 + params.countryBonus);
    assert.equal(adjustScore(0.99, listed, params).score, 1);
    assert.deepEqual(adjustScore(0.7, listed, params).notes, ['country AE listed']);
  });

  it('discounts the score and says so when one name is romanised from CJK script', () => {
    const adjusted = adjustScore(0.8, { ...plain, romanised: true }, params);
    assert.equal(adjusted.score, 0.8 * params.cjkTransliterationFactor);
    assert.deepEqual(adjusted.notes, ['romanised from CJK script']);
  });

  it('applies the factors before the bonus and lists every note when all apply', () => {
    const all: ScoreContext = { romanised: true, queryType: 'vessel', listedType: 'person', listedCountry: 'KP' };
    const adjusted = adjustScore(0.95, all, params);
    const expected = Math.min(
      1,
      0.95 * params.cjkTransliterationFactor * params.typeMismatchFactor + params.countryBonus,
    );
    assert.equal(adjusted.score, expected);
    assert.deepEqual(adjusted.notes, [
      'type vessel vs listed person',
      'country KP listed',
      'romanised from CJK script',
    ]);
  });

  it('names every adjustment that applies when its parameter is neutral', () => {
    const neutral = { ...params, typeMismatchFactor: 1, countryBonus: 0, cjkTransliterationFactor: 1 };
    const all: ScoreContext = { romanised: true, queryType: 'person', listedType: 'company', listedCountry: 'IR' };
    for (const p of [params, neutral]) {
      const adjusted = adjustScore(0.5, all, p);
      assert.equal(adjusted.notes.length, 3);
      assert.ok(adjusted.score <= 1 && adjusted.score >= 0);
    }
  });
});

describe('withNotes', () => {
  it('appends each note after a semicolon when there are notes', () => {
    assert.equal(withNotes('almaz=almaz', ['country RU listed', 'x']), 'almaz=almaz; country RU listed; x');
  });

  it('leaves the explanation as it is when there are no notes', () => {
    assert.equal(withNotes('almaz=almaz', []), 'almaz=almaz');
  });
});
