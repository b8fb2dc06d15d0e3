import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeName } from './normalize.ts';
import { tokenizeName } from './tokens.ts';

const kinds = (name: string, schema: Parameters<typeof tokenizeName>[1] = 'unknown', particles = true) =>
  tokenizeName(normalizeName(name), schema, { particles }).map((t) => `${t.kind}:${t.key}`);

describe('tokenizeName', () => {
  it('reads a multi-word legal form as one weak token of its class', () => {
    assert.deepEqual(kinds('Limited Liability Company Iskusstvo Krasoty', 'company'), [
      'legal:llc',
      'name:iskustvo',
      'name:krasoti',
    ]);
    assert.deepEqual(kinds('Siemens Aktiengesellschaft', 'company'), kinds('Siemens AG', 'company'));
    assert.deepEqual(kinds('OOO Oboronnye', 'company')[0], 'legal:llc');
  });
  it('treats company words and "the" as weak evidence', () => {
    assert.deepEqual(kinds('The Homs Refinery Company', 'company'), [
      'stop:the',
      'name:homs',
      'name:refineri',
      'legal:co',
    ]);
  });
  it('does not read a lone legal-form word or a short ambiguous one as a legal form', () => {
    assert.deepEqual(kinds('LLC', 'company'), ['name:lc']);
    assert.deepEqual(kinds('Kim Jong Un', 'person'), ['name:kim', 'name:jong', 'name:un']);
  });
  it('marks titles, particles and initials of persons', () => {
    assert.deepEqual(kinds('Mr. Osama bin Laden', 'person'), ['stop:mr', 'name:osama', 'stop:bin', 'name:laden']);
    assert.deepEqual(kinds('Hans J. Friedrich', 'person'), ['name:hans', 'initial:j', 'name:fridrich']);
  });
  it('reads numbers, number words and roman numerals of companies as numbers', () => {
    assert.deepEqual(kinds('Brigade 44', 'company'), ['name:brigade', 'number:44']);
    assert.deepEqual(kinds('Citigroup Capital Trust II', 'company'), [
      'name:citigrup',
      'name:capital',
      'name:trust',
      'number:2',
    ]);
  });
  it('never reads words named like Object.prototype members as table entries', () => {
    assert.deepEqual(kinds('Constructor Tostring Valueof', 'company'), [
      'name:constructor',
      'name:tostring',
      'name:valueof',
    ]);
    assert.deepEqual(kinds('hasOwnProperty __proto__', 'person'), ['name:hasovnproperti', 'name:proto']);
  });
  it('leaves romanised Chinese syllables alone when particles are off', () => {
    assert.deepEqual(kinds('bin mai', 'unknown', false), ['name:bin', 'name:mai']);
  });
});
