import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { ListEntry } from '../../src/core/screening/lists/list-entry.ts';
import {
  buildScreeningIndex,
  normalizeName,
  type ScreeningIndex,
  screenName,
} from '../../src/core/screening/matching/index.ts';
import { DATA } from './load-lists.ts';
import { seededRandom, variantsOf } from './variants.ts';

export type RecallResult = {
  queries: number;
  found: number;
  byKind: Map<string, { queries: number; found: number }>;
  misses: string[];
};

/**
 * Every name of the UN list (primary and aliases, Latin script), three seeded variants each, screened
 * against the UN list: a query counts as found when its own entry ranks first (or ties the first).
 */
export const unRecall = (un: ListEntry[], seed = 20260227): RecallResult => {
  const index = buildScreeningIndex(un);
  const random = seededRandom(seed);
  const byKind = new Map<string, { queries: number; found: number }>();
  const misses: string[] = [];
  let queries = 0;
  let found = 0;
  for (const entry of un) {
    for (const name of [entry.primaryName, ...entry.aliases]) {
      if (normalizeName(name).length < 2 || /[^\p{Script=Latin}\P{L}]/u.test(name)) continue;
      for (const variant of variantsOf(name, random)) {
        const hits = screenName(index, { name: variant.text }, { limit: 5, threshold: 0 });
        const top = hits[0];
        const own = hits.find((h) => h.entryId === entry.entryId);
        const ok = top !== undefined && own !== undefined && own.score >= top.score;
        const counts = byKind.get(variant.kind) ?? { queries: 0, found: 0 };
        counts.queries++;
        queries++;
        if (ok) {
          counts.found++;
          found++;
        } else if (misses.length < 10) {
          misses.push(
            `${variant.kind}: "${variant.text}" (from "${name}") → ${top ? `"${top.matchedName}" ${top.score}` : 'nothing'}`,
          );
        }
        byKind.set(variant.kind, counts);
      }
    }
  }
  return { queries, found, byKind, misses };
};

export const negativeNames = (): string[] =>
  (
    parse(readFileSync(join(DATA, 'matching/negatives_us_1000.csv')), { columns: true }) as Record<string, string>[]
  ).map((row) => row.full_name ?? '');

/** Share of the 1,000 synthetic innocent names with any hit at the default threshold. */
export const falsePositives = (index: ScreeningIndex): { rate: number; withHit: string[] } => {
  const names = negativeNames();
  const withHit: string[] = [];
  for (const name of names) {
    const hits = screenName(index, { name }, { limit: 1 });
    if (hits.length > 0) withHit.push(`"${name}" → "${hits[0]!.matchedName}" ${hits[0]!.score}`);
  }
  return { rate: withHit.length / names.length, withHit };
};
