import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import { DEFAULT_MATCH_PARAMS } from './match-params.ts';
import { entityTypeOf } from './schema.ts';
import { scoreNamePair } from './score-names.ts';

const pairs = parse(readFileSync(new URL('../../../../test/fixtures/matching/name_pairs_dev.csv', import.meta.url)), {
  columns: true,
}) as Record<string, string>[];

describe('scoreNamePair on the labelled dev pairs', () => {
  it('reaches F1 ≥ 0.85 at the default threshold', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const row of pairs) {
      const predicted =
        scoreNamePair(row.name1!, row.name2!, entityTypeOf(row.schema)).score >= DEFAULT_MATCH_PARAMS.threshold;
      const actual = row.is_match === 'true';
      if (predicted && actual) tp++;
      else if (predicted) fp++;
      else if (actual) fn++;
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    assert.ok((2 * precision * recall) / (precision + recall) >= 0.85);
  });
  it('gets the strongly labelled pairs right', () => {
    const strong = pairs.filter((row) => row.quality === 'STRONG');
    const wrong = strong.filter(
      (row) =>
        scoreNamePair(row.name1!, row.name2!, entityTypeOf(row.schema)).score >= DEFAULT_MATCH_PARAMS.threshold !==
        (row.is_match === 'true'),
    );
    assert.ok(wrong.length <= strong.length * 0.15, wrong.map((r) => `${r.name1} / ${r.name2}`).join('; '));
  });
});

describe('entityTypeOf', () => {
  it('maps FollowTheMoney schemata to entity types', () => {
    assert.equal(entityTypeOf('Person'), 'person');
    assert.equal(entityTypeOf('Organization'), 'company');
    assert.equal(entityTypeOf('Airplane'), 'aircraft');
    assert.equal(entityTypeOf('LegalEntity'), 'unknown');
    assert.equal(entityTypeOf(undefined), 'unknown');
    assert.equal(entityTypeOf('constructor'), 'unknown');
  });
});
