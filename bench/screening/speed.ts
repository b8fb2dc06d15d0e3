import type { ListEntry } from '../../src/core/screening/lists/list-entry.ts';
import { normalizeName, type ScreeningIndex, screenName } from '../../src/core/screening/matching/index.ts';
import { jaroWinkler } from '../../src/core/screening/matching/string-metrics.ts';

export type Throughput = {
  queries: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  hits: number;
};

/** Screens every query once, one after another, timing each. */
export const singleThread = (index: ScreeningIndex, queries: string[]): Throughput => {
  const latencies = new Float64Array(queries.length);
  let hits = 0;
  const start = performance.now();
  queries.forEach((name, i) => {
    const begin = performance.now();
    hits += screenName(index, { name }).length;
    latencies[i] = performance.now() - begin;
  });
  const seconds = (performance.now() - start) / 1000;
  latencies.sort();
  const at = (q: number): number => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { queries: queries.length, seconds, perSecond: queries.length / seconds, p50: at(0.5), p99: at(0.99), hits };
};

/** The naive alternative: Jaro-Winkler of the query against every list name, keeping the best. */
export const plainScan = (entries: ListEntry[], queries: string[]): { perSecond: number; queries: number } => {
  const names = entries.flatMap((e) => [e.primaryName, ...e.aliases]).map(normalizeName);
  const start = performance.now();
  let sink = 0;
  for (const query of queries) {
    const normalized = normalizeName(query);
    let best = 0;
    for (const name of names) {
      const score = jaroWinkler(normalized, name);
      if (score > best) best = score;
    }
    sink += best;
  }
  const seconds = (performance.now() - start) / 1000;
  return { perSecond: sink >= 0 ? queries.length / seconds : 0, queries: queries.length };
};
