import { type Confidence, type Dated, EARLIEST_REFERENCE_DATE, inForceOn } from '../dated.ts';
import { COUNTRY_GROUP_IDS, COUNTRY_GROUP_TABLES, type CountryGroupId } from './country-groups.ts';

/** One country's membership of one Country Group, in force over a window, with its citation. */
export type MembershipRow = Dated & {
  group: CountryGroupId;
  country: string;
  citation: string;
  confidence: Confidence;
};

const SNAPSHOT = COUNTRY_GROUP_TABLES[0];
if (SNAPSHOT === undefined) throw new Error('no Country Group snapshot');

const UAE_RULE = 'FR Doc 2026-14132, 91 FR 43034';

/**
 * Dated histories. For a (country, group) pair named here these rows replace the eCFR snapshot entirely
 * (a pair absent here and present in the snapshot is one row from EARLIEST_REFERENCE_DATE, open).
 */
export const MEMBERSHIP_HISTORY: readonly MembershipRow[] = Object.freeze(
  [
    // United Arab Emirates: D:3 and D:4 until 2026-07-09; A:5 from 2026-07-10
    {
      group: 'D:3',
      country: 'AE',
      effectiveFrom: EARLIEST_REFERENCE_DATE,
      effectiveTo: '2026-07-10',
      citation: `15 CFR 740 Supp. 1; removed from D:3 by ${UAE_RULE}, effective 2026-07-10`,
      confidence: 'primary',
    },
    {
      group: 'D:4',
      country: 'AE',
      effectiveFrom: EARLIEST_REFERENCE_DATE,
      effectiveTo: '2026-07-10',
      citation: `15 CFR 740 Supp. 1; removed from D:4 by ${UAE_RULE}, effective 2026-07-10`,
      confidence: 'primary',
    },
    {
      group: 'A:5',
      country: 'AE',
      effectiveFrom: '2026-07-10',
      citation: `15 CFR 740 Supp. 1; added to A:5 by ${UAE_RULE}, effective 2026-07-10`,
      confidence: 'primary',
    },
    // Cambodia: D:5 from 2021-12-09 to 2025-11-07 (follows ITAR 126.1; EAR text conformed 2026-02-03)
    {
      group: 'D:5',
      country: 'KH',
      effectiveFrom: '2021-12-09',
      effectiveTo: '2025-11-08',
      citation:
        '15 CFR 740 Supp. 1, D:5 (U.S. arms embargoed countries, 22 CFR 126.1): Cambodia added 2021-12-09 (86 FR 70015); removed from 22 CFR 126.1 effective 2025-11-08; EAR listing conformed by FR Doc 2026-02262, effective 2026-02-03',
      confidence: 'primary',
    },
    // Nicaragua: B until 2024-03-14; D:1 and D:5 from 2024-03-15
    {
      group: 'B',
      country: 'NI',
      effectiveFrom: EARLIEST_REFERENCE_DATE,
      effectiveTo: '2024-03-15',
      citation: '15 CFR 740 Supp. 1; Nicaragua moved from B to D:1 and D:5 effective 2024-03-15',
      confidence: 'primary',
    },
    {
      group: 'D:1',
      country: 'NI',
      effectiveFrom: '2024-03-15',
      citation: '15 CFR 740 Supp. 1; Nicaragua added to D:1 effective 2024-03-15',
      confidence: 'primary',
    },
    {
      group: 'D:5',
      country: 'NI',
      effectiveFrom: '2024-03-15',
      citation: '15 CFR 740 Supp. 1; Nicaragua added to D:5 effective 2024-03-15',
      confidence: 'primary',
    },
  ].map((row) => Object.freeze(row as MembershipRow)),
);

const historyKeys = new Set(MEMBERSHIP_HISTORY.map((r) => `${r.country}|${r.group}`));

/** Every membership row: the dated histories plus the rest of the eCFR snapshot of 2026-07-23. */
export const MEMBERSHIP_ROWS: readonly MembershipRow[] = Object.freeze([
  ...MEMBERSHIP_HISTORY,
  ...COUNTRY_GROUP_IDS.flatMap((group) =>
    SNAPSHOT.members[group]
      .filter((country) => !historyKeys.has(`${country}|${group}`))
      .map(
        (country): MembershipRow =>
          Object.freeze({
            group,
            country,
            effectiveFrom: EARLIEST_REFERENCE_DATE,
            citation: `15 CFR 740 Supp. 1 (${SNAPSHOT.publishedIn}); no dated change held since ${EARLIEST_REFERENCE_DATE}`,
            confidence: 'unverified' as const,
          }),
      ),
  ),
]);

const byCountry = new Map<string, MembershipRow[]>();
for (const row of MEMBERSHIP_ROWS) {
  const list = byCountry.get(row.country) ?? [];
  list.push(row);
  byCountry.set(row.country, list);
}

/** The membership rows of a country in force on a date. */
export const membershipsOn = (country: string, date: string): MembershipRow[] =>
  (byCountry.get(country) ?? []).filter((row) => inForceOn(row, date));

/** The members of every group on a date (for cross-checks and the docs). */
export const groupMembersOn = (date: string): Record<CountryGroupId, string[]> => {
  const members = Object.fromEntries(COUNTRY_GROUP_IDS.map((id) => [id, [] as string[]])) as Record<
    CountryGroupId,
    string[]
  >;
  for (const row of MEMBERSHIP_ROWS) if (inForceOn(row, date)) members[row.group].push(row.country);
  return members;
};

/** Plain-words caveats for a destination over a window, shown in the notes of a determination. */
export type MembershipCaveat = Dated & { country: string; note: string };

export const MEMBERSHIP_CAVEATS: readonly MembershipCaveat[] = Object.freeze([
  Object.freeze({
    country: 'KH',
    effectiveFrom: '2025-11-08',
    effectiveTo: '2026-02-03',
    note: 'Cambodia: removed from 22 CFR 126.1 (and so from Country Group D:5) effective 2025-11-08, but the printed EAR listing kept it in D:5 until the conforming change, FR Doc 2026-02262, effective 2026-02-03; this determination follows the 126.1 date, since D:5 is the list of U.S. arms-embargoed countries — confirm with BIS for a shipment in this window',
  }),
]);
