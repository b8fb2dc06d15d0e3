import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_MATCH_PARAMS } from './match-params.ts';
import { scoreNamePair, weighTokens } from './score-names.ts';
import { joinedSimilarity, joinedSimilarityAt } from './token-similarity.ts';

const threshold = DEFAULT_MATCH_PARAMS.threshold;
const score = (a: string, b: string, schema: Parameters<typeof scoreNamePair>[2] = 'unknown') =>
  scoreNamePair(a, b, schema).score;

describe('compareTokens (through scoreNamePair)', () => {
  it('does not let a generic word score as a full hit: "CORP" vs "11420 CORP."', () => {
    assert.ok(score('CORP', '11420 CORP.', 'company') < threshold);
    assert.ok(score('CORP', '11420 CORP.') < threshold);
  });
  it('does not match "EMMA DANIELS" with "EMMA LLC"', () => {
    assert.ok(score('EMMA DANIELS', 'EMMA LLC') < threshold);
    assert.ok(score('EMMA DANIELS', 'EMMA LLC', 'company') < threshold);
  });
  it('does not let a shared first name carry a hit: "George Bush" vs "George Habbash"', () => {
    assert.ok(score('George Bush', 'George Habbash', 'person') < threshold);
    assert.ok(score('Barack Obama', 'Michelle Obama', 'person') < threshold);
  });
  it('matches a name with an extra word when every listed word matches: "Almaz Antey Telecom" vs "Almaz-Antey"', () => {
    assert.ok(score('Almaz Antey Telecom', 'Almaz-Antey', 'company') >= threshold);
  });
  it('does not score short names too low', () => {
    assert.equal(score('HAMAS', 'HAMAS'), 1);
    assert.ok(score('Hannibal', 'Hannibol', 'person') >= threshold);
    assert.ok(score('Kim Jong Un', 'KIM, Jong-un', 'person') >= threshold);
  });
  it('matches joined and split words: "AlQaida" vs "Al Qaida", "SiemensAG" vs "Siemens AG"', () => {
    assert.ok(score('AlQaida', "Al Qa'ida") >= threshold);
    assert.ok(score('Siemens AG', 'SiemensAG', 'company') >= threshold);
    const { explanation } = scoreNamePair('FridrichBuchenberg', 'Friedrich Buchenberg', 'person');
    assert.match(explanation, /joined/);
  });
  it('ignores word order and treats legal forms as equivalent across languages', () => {
    assert.equal(score('Putin, Vladimir', 'Vladimir Putin', 'person'), 1);
    assert.ok(score('OAO Gazprom', 'Gazprom JSC', 'company') >= threshold);
    assert.ok(score('Volkswagen Gesellschaft mit beschränkter Haftung', 'Volkswagen GmbH', 'company') >= threshold);
  });
  it('matches across scripts and spellings', () => {
    assert.ok(score('Путин Владимир Владимирович', 'Vladimir Vladimirovich Putin', 'person') >= threshold);
    assert.ok(score('Wladimir Putin', 'Vladimir Putin', 'person') >= threshold);
    assert.ok(score('Sergi Lavrov', 'Sergei Lavrov', 'person') >= threshold);
  });
  it('matches initials weakly: "Hans J Friedrich" vs "Hans Joachim Friedrich"', () => {
    const result = scoreNamePair('Hans J Friedrich', 'Hans Joachim Friedrich', 'person');
    assert.ok(result.score >= threshold);
    assert.ok(result.score < 1);
    assert.match(result.explanation, /initial/);
  });
  it('explains which tokens matched how', () => {
    const { explanation, tokens } = scoreNamePair('Almaz Antey Telecom', 'Almaz-Antey', 'company');
    assert.equal(explanation, 'almaz=almaz, antey=antey, +telecom (query only)');
    assert.deepEqual(
      tokens.map((t) => t.kind),
      ['exact', 'exact', 'extra'],
    );
  });
  it('scores 0 for an empty name', () => {
    assert.equal(score('', 'Anything'), 0);
    assert.equal(score('...', 'Anything'), 0);
  });
  it('scores any name 1 against itself and always within 0..1', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{3,10}( [A-Za-z]{3,10}){0,3}$/), fc.string(), (name, other) => {
        const self = score(name, name);
        const pair = score(name, other);
        return self === 1 && pair >= 0 && pair <= 1;
      }),
    );
  });
});

describe('joined words', () => {
  const params = DEFAULT_MATCH_PARAMS;
  const tokens = (name: string) => weighTokens(name, 'unknown', params);

  it('scores one word against a run of words of a longer name as against those words alone', () => {
    const name = tokens('zz al qaida network');
    const [single] = tokens('alqaida');
    assert.equal(joinedSimilarityAt(single!, name, 1, 2, params), 1);
    assert.equal(joinedSimilarityAt(single!, name, 1, 2, params), joinedSimilarity(single!, name.slice(1, 3), params));
    const [typo] = tokens('alqaeda');
    const similarity = joinedSimilarityAt(typo!, name, 1, 2, params);
    assert.ok(similarity >= 0.8 && similarity < 1, `alqaeda ~ al+qaida ${similarity}`);
    assert.equal(similarity, joinedSimilarity(typo!, name.slice(1, 3), params));
  });

  it('gives 0 when the lengths alone put the words under the floor, as the edit distance would', () => {
    const [single] = tokens('alqaidanetwork');
    assert.equal(joinedSimilarity(single!, tokens('al qaida'), params), 0);
    assert.equal(joinedSimilarity(tokens('abcd')[0]!, tokens('ab cdefgh'), params), 0);
  });
});
