import { type Dated, EARLIEST_REFERENCE_DATE, inForceOn } from '../dated.ts';
import type { ChartColumn } from './country-chart.ts';

/**
 * The ECCNs that matter for AI stacks (15 CFR part 774, supplement no. 1), as the project uses them:
 * which Country Chart columns each names (738.4) and which reasons for control it carries. The special
 * "RS" scopes of the advanced-computing entries are not chart columns; they are rules (rule-set.ts).
 * Longest pattern in force on the date wins: "4A003.z.2" before "4A003.z". Each entry carries the window in
 * which its parameters are in force and the document that made them; entries without one are taken from the
 * eCFR of 2026-07-23 and assumed unchanged since EARLIEST_REFERENCE_DATE.
 */
export type ReasonForControl = 'NS' | 'RS' | 'AT' | 'EI' | 'CC' | 'MT' | 'NP';

export type EccnEntry = {
  eccn: string;
  title: string;
  reasons: readonly ReasonForControl[];
  /** Country Chart columns named in the entry's License Requirements for this paragraph */
  chartColumns: readonly ChartColumn[];
  /** license exceptions the entry lists as possibly available for its chart-based requirements */
  chartExceptions: readonly string[];
  section: string;
  /** the Federal Register document that made these parameters, when known */
  document?: string;
  /** a paragraph added to an existing entry: before its date the paragraph did not exist */
  addedParagraph?: boolean;
} & Dated;

const entry = (
  e: Omit<EccnEntry, 'section' | 'effectiveFrom'> & { section?: string; effectiveFrom?: string },
): EccnEntry =>
  Object.freeze({
    ...e,
    section: e.section ?? `774 Supp. 1, ECCN ${e.eccn.slice(0, 5)}`,
    effectiveFrom: e.effectiveFrom ?? EARLIEST_REFERENCE_DATE,
  });

const AC_2022 = { effectiveFrom: '2022-10-21', document: '87 FR 62186 (Oct. 13, 2022)' };
const AC_2023 = { effectiveFrom: '2023-11-17', document: '88 FR 73458 (Oct. 25, 2023)' };

export const ECCN_ENTRIES: readonly EccnEntry[] = Object.freeze([
  entry({
    eccn: 'EAR99',
    title: 'Items subject to the EAR but not on the Commerce Control List',
    reasons: [],
    chartColumns: [],
    chartExceptions: [],
    section: '734.3(c)',
  }),
  entry({
    eccn: '3A090',
    title:
      'Advanced computing integrated circuits (2022 text): processing performance ≥ 4800 TOPS × bit length and aggregate bidirectional I/O ≥ 600 GB/s',
    reasons: ['RS', 'AT'],
    chartColumns: [],
    chartExceptions: [],
    ...AC_2022,
    effectiveTo: '2023-11-17',
  }),
  entry({
    eccn: '3A090',
    title: 'Advanced computing integrated circuits (TPP and performance density)',
    reasons: ['RS', 'AT'],
    chartColumns: [],
    chartExceptions: [],
    ...AC_2023,
  }),
  entry({
    eccn: '3A090.a',
    title: 'Integrated circuits: TPP ≥ 4800, or TPP ≥ 1600 and performance density ≥ 5.92',
    reasons: ['RS', 'AT'],
    chartColumns: [],
    chartExceptions: [],
    ...AC_2023,
  }),
  entry({
    eccn: '3A090.b',
    title: 'Integrated circuits: lower TPP/performance-density band (3A090.b.1, b.2)',
    reasons: ['RS', 'AT'],
    chartColumns: [],
    chartExceptions: [],
    ...AC_2023,
  }),
  entry({
    eccn: '3A090.c',
    title: 'High-bandwidth memory: memory bandwidth density > 2 GB/s/mm²',
    reasons: ['RS', 'AT'],
    chartColumns: [],
    chartExceptions: [],
    effectiveFrom: '2024-12-02',
    document: '89 FR 96790 (Dec. 5, 2024)',
    addedParagraph: true,
  }),
  entry({
    eccn: '4A090',
    title: 'Computers, assemblies and components containing 3A090 integrated circuits',
    reasons: ['RS', 'AT'],
    chartColumns: [],
    chartExceptions: [],
    ...AC_2022,
  }),
  entry({
    eccn: '3A001.z',
    title: '3A001 items meeting or exceeding the 3A090 parameters',
    reasons: ['NS', 'RS', 'AT'],
    chartColumns: ['NS 2'],
    chartExceptions: [],
    ...AC_2023,
  }),
  entry({
    eccn: '4A003.z',
    title: '4A003 digital computers meeting or exceeding the 4A090 parameters',
    reasons: ['NS', 'RS', 'AT'],
    chartColumns: ['NS 1'],
    chartExceptions: [],
    ...AC_2023,
  }),
  entry({
    eccn: '4A003.z.2',
    title: '4A003.g items meeting or exceeding the 4A090 parameters',
    reasons: ['NS', 'RS', 'AT'],
    chartColumns: ['NS 2'],
    chartExceptions: [],
    ...AC_2023,
  }),
  entry({
    eccn: '4A004.z',
    title: '4A004 computers meeting or exceeding the 4A090 parameters',
    reasons: ['NS', 'RS', 'AT'],
    chartColumns: ['NS 2'],
    chartExceptions: [],
    ...AC_2023,
  }),
  entry({
    eccn: '5A002',
    title: 'Information security (encryption) items',
    reasons: ['NS', 'AT', 'EI'],
    chartColumns: ['NS 1'],
    chartExceptions: ['ENC'],
  }),
  entry({
    eccn: '5A002.z',
    title: '5A002 items meeting or exceeding the 3A090/4A090 parameters',
    reasons: ['NS', 'RS', 'AT', 'EI'],
    chartColumns: ['NS 1'],
    chartExceptions: ['ENC'],
    ...AC_2023,
  }),
  entry({
    eccn: '5D002',
    title: 'Information security (encryption) software',
    reasons: ['NS', 'AT', 'EI'],
    chartColumns: ['NS 1'],
    chartExceptions: ['ENC'],
  }),
  entry({
    eccn: '5D002.z',
    title: '5D002 software for items meeting or exceeding the 3A090/4A090 parameters',
    reasons: ['NS', 'RS', 'AT', 'EI'],
    chartColumns: ['NS 1'],
    chartExceptions: ['ENC'],
    ...AC_2023,
  }),
  entry({
    eccn: '5A992',
    title: 'Mass-market encryption items not controlled by 5A002',
    reasons: ['AT'],
    chartColumns: ['AT 1'],
    chartExceptions: [],
  }),
  entry({
    eccn: '5A992.z',
    title: '5A992 items meeting or exceeding the 3A090/4A090 parameters',
    reasons: ['RS', 'AT'],
    chartColumns: ['AT 1'],
    chartExceptions: [],
    ...AC_2023,
  }),
  entry({
    eccn: '5D992',
    title: 'Mass-market encryption software not controlled by 5D002',
    reasons: ['AT'],
    chartColumns: ['AT 1'],
    chartExceptions: [],
  }),
  entry({
    eccn: '5D992.z',
    title: '5D992 software for items meeting or exceeding the 3A090/4A090 parameters',
    reasons: ['RS', 'AT'],
    chartColumns: ['AT 1'],
    chartExceptions: [],
    ...AC_2023,
  }),
  entry({
    eccn: '4E091',
    title: 'Parameters (weights) of AI models trained with 10^26 or more operations',
    reasons: ['RS', 'AT'],
    chartColumns: ['AT 1'],
    chartExceptions: [],
    effectiveFrom: '2025-01-13',
    document: '90 FR 4544 (Jan. 15, 2025)',
  }),
  entry({
    eccn: '3A991',
    title: 'Electronic devices and components not controlled by 3A001',
    reasons: ['AT'],
    chartColumns: ['AT 1'],
    chartExceptions: [],
  }),
  entry({
    eccn: '4A994',
    title: 'Computers and assemblies not controlled by 4A001 or 4A003',
    reasons: ['AT'],
    chartColumns: ['AT 1'],
    chartExceptions: [],
  }),
  entry({
    eccn: '5A991',
    title: 'Telecommunications equipment not controlled by 5A001',
    reasons: ['AT'],
    chartColumns: ['AT 1'],
    chartExceptions: [],
  }),
]);

/**
 * The most specific entry for an ECCN in force on a date (longest pattern that is the ECCN or a parent of it);
 * none when the ECCN's own paragraph exists only at other dates.
 */
const entryCache = new Map<string, EccnEntry | null>();

export const findEccnEntry = (eccn: string, date: string): EccnEntry | undefined => {
  const key = `${eccn}|${date}`;
  const cached = entryCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  if (entryCache.size > 50_000) entryCache.clear();
  const found = lookUp(eccn, date);
  entryCache.set(key, found ?? null);
  return found;
};

const lookUp = (eccn: string, date: string): EccnEntry | undefined => {
  const matching = ECCN_ENTRIES.filter((e) => eccn === e.eccn || eccn.startsWith(`${e.eccn}.`));
  const best = matching.filter((e) => inForceOn(e, date)).sort((a, b) => b.eccn.length - a.eccn.length)[0];
  // a more specific entry that exists at another date means this paragraph was not in force on this one
  // (3A090.c before 2024-12-02): no entry, rather than its parent's
  if (best && matching.some((e) => e.addedParagraph && e.eccn.length > best.eccn.length && !inForceOn(e, date))) {
    return undefined;
  }
  return best;
};
