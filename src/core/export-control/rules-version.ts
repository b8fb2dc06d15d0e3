import { CHART_CELL_HISTORY } from './data/chart-cells.ts';
import { ECCN_ENTRIES } from './data/eccns.ts';
import { MEMBERSHIP_HISTORY } from './data/group-membership.ts';
import { LICENSE_EXCEPTIONS } from './data/license-exceptions.ts';
import type { AnyRule } from './rule.ts';

const changeDates = new WeakMap<readonly AnyRule[], string[]>();

/**
 * The rules version for a date: the latest date on or before it at which a rule or a reference row changed
 * (came into force, ended, stopped being enforced): rules, Country Group memberships, Country Chart cells,
 * ECCN parameters, licence exceptions and consignee exemptions. Two dates with the same version get the
 * same rules.
 */
export const rulesVersionAsOf = (rules: readonly AnyRule[], date: string): string => {
  let changes = changeDates.get(rules);
  if (!changes) {
    changes = allChanges(rules);
    changeDates.set(rules, changes);
  }
  return changes.filter((d) => d <= date).at(-1) ?? date;
};

const allChanges = (rules: readonly AnyRule[]): string[] => {
  const rows: { effectiveFrom?: string; effectiveTo?: string }[] = [
    ...MEMBERSHIP_HISTORY,
    ...CHART_CELL_HISTORY,
    ...ECCN_ENTRIES,
    ...Object.values(LICENSE_EXCEPTIONS),
    ...rules.flatMap((r) => (r.kind === 'destination-scope' ? (r.params.exemptions ?? []) : [])),
  ];
  return [
    ...new Set(
      [
        ...rules.flatMap((r) => [r.effectiveFrom, r.effectiveTo, r.enforcement?.notEnforcedFrom]),
        ...rows.flatMap((r) => [r.effectiveFrom, r.effectiveTo]),
      ].filter((d): d is string => d !== undefined),
    ),
  ].sort();
};
