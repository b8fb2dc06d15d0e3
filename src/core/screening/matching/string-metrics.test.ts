import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { damerauLevenshtein, jaro, jaroWinkler, levenshtein, osaDistance, osaSimilarity } from './string-metrics.ts';
import { readVectors } from './vectors-test-support.ts';

const close = (actual: number, expected: number, label: string): void =>
  assert.ok(Math.abs(actual - expected) < 0.0015, `${label}: ${actual} ≠ ${expected}`);

describe('string metrics', () => {
  it('computes Jaro as jellyfish does', () => {
    for (const [a, b, expected] of readVectors('jellyfish_jaro_distance.csv'))
      close(jaro(a!, b!), Number(expected), `${a}/${b}`);
  });
  it('computes Jaro-Winkler as jellyfish does', () => {
    for (const [a, b, expected] of readVectors('jellyfish_jaro_winkler.csv')) {
      close(jaroWinkler(a!, b!), Number(expected), `${a}/${b}`);
    }
  });
  it('computes Jaro-Winkler with the long-string tolerance as jellyfish does', () => {
    for (const [a, b, expected] of readVectors('jellyfish_jaro_winkler_longtol.csv')) {
      close(jaroWinkler(a!, b!, true), Number(expected), `${a}/${b}`);
    }
  });
  it('computes Levenshtein as jellyfish does', () => {
    for (const [a, b, expected] of readVectors('jellyfish_levenshtein.csv'))
      assert.equal(levenshtein(a!, b!), Number(expected));
  });
  it('computes unrestricted Damerau-Levenshtein as jellyfish does', () => {
    for (const [a, b, expected] of readVectors('jellyfish_damerau_levenshtein.csv')) {
      assert.equal(damerauLevenshtein(a!, b!), Number(expected), `${a}/${b}`);
    }
  });
  it('counts an adjacent swap as one edit in the OSA distance', () => {
    assert.equal(osaDistance('msua', 'musa'), 1);
    assert.equal(osaDistance('kitten', 'sitting'), 3);
    assert.equal(osaDistance('', 'abc'), 3);
    assert.equal(osaSimilarity('abcd', 'abcd'), 1);
    assert.equal(osaSimilarity('', ''), 1);
  });
  it('gives up early past a distance limit, and a similarity floor never changes a value above it', () => {
    assert.equal(osaDistance('abcdefgh', 'zyxwvuts', 2), 3);
    assert.equal(osaDistance('abcdef', 'abcdxf', 2), 1);
    for (const [a, b] of [
      ['martha', 'marhta'],
      ['dwayne', 'duane'],
      ['bush', 'habbash'],
      ['vladimir', 'wladimir'],
    ] as const) {
      const full = osaSimilarity(a, b);
      assert.equal(osaSimilarity(a, b, 0.5), full >= 0.5 ? full : 0);
    }
  });
  it('handles strings longer than the reusable buffer', () => {
    const long = 'a'.repeat(100);
    assert.equal(osaDistance(long, `${long}b`), 1);
  });

  it('gives the same Levenshtein distances on reused rows and on rows allocated for long strings, call after call', () => {
    const long = `${'ab'.repeat(40)}c`;
    assert.equal(levenshtein(long, `x${long.slice(1)}y`), 2);
    assert.equal(levenshtein('kitten', 'sitting'), 3);
    assert.equal(levenshtein(long, long.slice(0, 70)), 11);
    assert.equal(levenshtein('flaw', 'lawn'), 2);
    assert.equal(levenshtein('abdelkader', 'abdulqadir'), 3);
  });
});
