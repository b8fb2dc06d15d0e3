import type { ListEntry } from '../../src/core/screening/lists/list-entry.ts';
import { deltaRescreen, type StoredParty } from '../../src/core/screening/matching/index.ts';
import { misspell, seededRandom } from './variants.ts';

/**
 * 100,000 synthetic stored parties (innocent names recombined, and 1% variants of list names) against
 * 500 changed entries drawn from the lists; timed end to end (index of the changes + every party).
 */
export const deltaBenchmark = (
  entries: ListEntry[],
  innocent: string[],
  seed = 7,
): { parties: number; changed: number; seconds: number; partiesWithHits: number } => {
  const random = seededRandom(seed);
  const changed: ListEntry[] = [];
  for (let i = 0; i < 500; i++) changed.push(entries[Math.floor(random() * entries.length)]!);
  const firsts = innocent.map((n) => n.split(' ')[0] ?? n);
  const lasts = innocent.map((n) => n.split(' ').slice(-1)[0] ?? n);
  const parties: StoredParty[] = [];
  for (let i = 0; i < 100_000; i++) {
    const name =
      i % 100 === 0
        ? misspell(changed[Math.floor(random() * changed.length)]!.primaryName, random)
        : `${firsts[Math.floor(random() * firsts.length)]} ${lasts[Math.floor(random() * lasts.length)]}`;
    parties.push({ id: `party-${i}`, name });
  }
  const start = performance.now();
  const result = deltaRescreen(parties, changed);
  const seconds = (performance.now() - start) / 1000;
  return { parties: parties.length, changed: changed.length, seconds, partiesWithHits: result.length };
};
