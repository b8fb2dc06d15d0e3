import type { DestinationProfile } from '../data/destination-profile.ts';
import type { RuleEvaluator } from '../rule.ts';
import { describeMatch } from './describe-match.ts';

const triggers = (profile: DestinationProfile | undefined, groups: readonly string[], countries: readonly string[]) =>
  profile !== undefined &&
  (countries.includes(profile.code) ||
    countries.includes(profile.governedBy) ||
    groups.some((g) => (profile.groups as ReadonlySet<string>).has(g)));

/** Licence required to any destination when the buyer/operator, or its ultimate parent, is headquartered in a listed place. */
export const evaluateHeadquartersScope: RuleEvaluator<'headquarters-scope'> = (rule, facts) => {
  const p = rule.params;
  const inputs = {
    eccn: facts.eccn,
    headquarters: facts.headquarters?.code ?? null,
    ultimateParentHeadquarters: facts.ultimateParentHeadquarters?.code ?? null,
  };
  const item = describeMatch(facts.eccn, p.eccns);
  if (!item.matched) return { applies: false, detail: item.words, inputs };
  const places = [...p.countries, ...p.groups].join(' or ');
  const hq = triggers(facts.headquarters, p.groups, p.countries);
  const parent = triggers(facts.ultimateParentHeadquarters, p.groups, p.countries);
  if (!hq && !parent) {
    const given = facts.headquarters || facts.ultimateParentHeadquarters;
    return {
      applies: false,
      detail: given
        ? `neither the headquarters nor the ultimate parent is in ${places}`
        : 'no headquarters given for the buyer or operator; the worldwide headquarters rule could not be checked',
      inputs,
    };
  }
  const who = [
    hq ? `the buyer/operator is headquartered in ${facts.headquarters?.code}` : '',
    parent ? `its ultimate parent is headquartered in ${facts.ultimateParentHeadquarters?.code}` : '',
  ]
    .filter(Boolean)
    .join(' and ');
  return {
    applies: true,
    detail: `${item.words}; ${who} (${places}), so a licence is required wherever the item goes`,
    licenseRequired: true,
    reviewPolicy: p.reviewPolicy,
    family: p.family,
    possibleExceptions: p.possibleExceptions,
    inputs,
  };
};
