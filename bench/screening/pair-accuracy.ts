import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DEFAULT_MATCH_PARAMS, entityTypeOf, scoreNamePair } from '../../src/core/screening/matching/index.ts';
import { DATA } from './load-lists.ts';

export type Counts = { tp: number; fp: number; fn: number; tn: number };
export type Accuracy = Counts & { precision: number; recall: number; f1: number };

const finish = (c: Counts): Accuracy => {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
};

/** Precision, recall and F1 on the labelled dev pairs at the default threshold, overall and per schema. */
export const pairAccuracy = (): { overall: Accuracy; bySchema: Map<string, Accuracy> } => {
  const rows = parse(readFileSync(join(DATA, 'matching/name_pairs_dev.csv')), { columns: true }) as Record<
    string,
    string
  >[];
  const overall: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const bySchema = new Map<string, Counts>();
  for (const row of rows) {
    const schema = row.schema ?? '';
    const { score } = scoreNamePair(row.name1 ?? '', row.name2 ?? '', entityTypeOf(schema));
    const predicted = score >= DEFAULT_MATCH_PARAMS.threshold;
    const actual = row.is_match === 'true';
    const key = predicted ? (actual ? 'tp' : 'fp') : actual ? 'fn' : 'tn';
    const counts = bySchema.get(schema) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    counts[key]++;
    overall[key]++;
    bySchema.set(schema, counts);
  }
  return { overall: finish(overall), bySchema: new Map([...bySchema].map(([k, v]) => [k, finish(v)])) };
};
