import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasAbjad, romaniseAbjad } from './abjad.ts';

describe('romaniseAbjad', () => {
  it('writes Arabic names as consonants, splits the article off and spells particles as lists do', () => {
    assert.equal(romaniseAbjad('صدام حسين التكريتي'), 'sdam hsyn al tkryty');
    assert.equal(romaniseAbjad('عبد الله'), 'abd allah');
    assert.equal(romaniseAbjad('عبدالقادر'), 'abd al qadr');
    assert.equal(romaniseAbjad('محمد بن علي'), 'mhmd bin aly');
  });

  it('drops vowel marks and keeps other characters', () => {
    assert.equal(romaniseAbjad('مُحَمَّد (Muhammad)'), 'mhmd (Muhammad)');
  });

  it('writes Persian and Urdu letters', () => {
    assert.equal(romaniseAbjad('پوتین'), 'pwtyn');
  });

  it('writes Hebrew consonants with word-initial forms', () => {
    assert.equal(romaniseAbjad('ולדימיר פוטין'), 'vldymyr putyn');
  });

  it('recognises the scripts', () => {
    assert.equal(hasAbjad('طارق عزيز'), true);
    assert.equal(hasAbjad('ולדימיר'), true);
    assert.equal(hasAbjad('Tariq Aziz'), false);
  });
});
