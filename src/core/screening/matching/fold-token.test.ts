import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foldToken } from './fold-token.ts';

describe('foldToken', () => {
  it('folds transliteration variants of one word together', () => {
    assert.equal(foldToken('wladimir'), foldToken('vladimir'));
    assert.equal(foldToken('vladimirovitch'), foldToken('vladimirovich'));
    assert.equal(foldToken('emmanuel'), foldToken('emanuel'));
    assert.equal(foldToken('qaida'), foldToken('kaida'));
  });
  it('keeps different words different', () => {
    assert.notEqual(foldToken('bush'), foldToken('bash'));
  });
});
