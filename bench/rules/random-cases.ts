// Random determination inputs for the rules benchmark and the no-throw property test: every country and
// region, every ECCN the data holds plus unknown and malformed ones, dates from before the earliest table to
// after the last change, headquarters, consignees, transactions and chip figures (sometimes invalid).

import { ECCN_ENTRIES } from '../../src/core/export-control/data/eccns.ts';
import { REGIONS } from '../../src/core/export-control/data/regions.ts';
import type { DetermineInput } from '../../src/core/export-control/determine.ts';
import { TRANSACTIONS } from '../../src/core/export-control/rule.ts';
import { COUNTRIES } from '../../src/core/kernel/countries.ts';

/** A small deterministic PRNG (mulberry32), so a failing case can be replayed from its seed. */
export const prng = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const EXTRA_ECCNS = ['3A090', '4A090.a', '4A090.b', '3A001.z.1.a', '5D992.z.2', '1C011', 'EAR99', 'not-an-eccn', ''];
const CONSIGNEES = ['G42', 'Core42 LLC', 'UAE Government', 'Acme Trading LLC', 'Example AI UAE Ltd', '', '  '];
const DESTINATIONS = [
  ...COUNTRIES.map((c) => c.code),
  ...REGIONS.flatMap((r) => [r.code, r.aliases[1] ?? r.code]),
  'Hong Kong',
  'Macao',
  'Atlantis',
  '',
];

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const randomDate = (random: () => number): string => {
  const start = Date.UTC(2019, 0, 1);
  const end = Date.UTC(2028, 11, 31);
  const date = new Date(start + Math.floor(random() * (end - start)));
  // now and then a date that is not a calendar date
  return random() < 0.01 ? '2026-02-30' : date.toISOString().slice(0, 10);
};

const figure = (random: () => number, scale: number): number | undefined => {
  const r = random();
  if (r < 0.4) return undefined;
  if (r < 0.41) return -1;
  if (r < 0.415) return Number.NaN;
  return Math.round(random() * scale * 100) / 100;
};

export type RandomCase = { input: DetermineInput; date: string };

/** n random cases from a seed. */
export const randomCases = (n: number, seed = 20261202): RandomCase[] => {
  const random = prng(seed);
  const eccns = [...ECCN_ENTRIES.map((e) => e.eccn), ...EXTRA_ECCNS];
  return Array.from({ length: n }, () => {
    const tpp = figure(random, 30000);
    const density = figure(random, 30);
    const bandwidth = figure(random, 9000);
    const bandwidthDensity = figure(random, 5);
    const io = figure(random, 1200);
    const input: DetermineInput = {
      eccn: pick(random, eccns),
      destination: pick(random, DESTINATIONS),
      ...(random() < 0.3 ? { headquarters: pick(random, DESTINATIONS) } : {}),
      ...(random() < 0.2 ? { ultimateParentHeadquarters: pick(random, DESTINATIONS) } : {}),
      ...(random() < 0.3 ? { consignee: pick(random, CONSIGNEES) } : {}),
      ...(random() < 0.3 ? { transaction: pick(random, TRANSACTIONS) } : {}),
      ...(random() < 0.2 ? { datacenter: random() < 0.5 } : {}),
      ...(tpp === undefined ? {} : { tpp }),
      ...(density === undefined ? {} : { performanceDensity: density }),
      ...(bandwidth === undefined ? {} : { memoryBandwidthGBs: bandwidth }),
      ...(bandwidthDensity === undefined ? {} : { memoryBandwidthDensity: bandwidthDensity }),
      ...(io === undefined ? {} : { ioBandwidthGBs: io }),
    };
    return { input, date: randomDate(random) };
  });
};
