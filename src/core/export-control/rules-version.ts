import { COUNTRY_CHART_TABLES } from './data/country-chart.ts';
import { COUNTRY_GROUP_TABLES } from './data/country-groups.ts';
import type { AnyRule } from './rule.ts';

const changeDates = new WeakMap<readonly AnyRule[], string[]>();

/**
 * The rules version for a date: the latest date on or before it at which a rule or reference table changed
 * (came into force, ended, stopped being enforced). Two dates with the same version get the same rules.
 */
export const rulesVersionAsOf = (rules: readonly AnyRule[], date: string): string => {
  let changes = changeDates.get(rules);
  if (!changes) {
    changes = allChanges(rules);
    changeDates.set(rules, changes);
  }
  return changes.filter((d) => d <= date).at(-1) ?? date;
};

const allChanges = (rules: readonly AnyRule[]): string[] =>
  [
    ...rules.flatMap((r) => [r.effectiveFrom, r.effectiveTo, r.enforcement?.notEnforcedFrom]),
    ...COUNTRY_GROUP_TABLES.map((t) => t.effectiveFrom),
    ...COUNTRY_CHART_TABLES.map((t) => t.effectiveFrom),
  ]
    .filter((d): d is string => d !== undefined)
    .sort();
