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
    destination: facts.destination.code,
  };
  const item = describeMatch(facts.eccn, p.eccns, facts.excludedPatterns);
  if (!item.matched) return { applies: false, detail: item.words, inputs };
  if (p.exceptDestinations.includes(facts.destination.code)) {
    return {
      applies: false,
      detail: `${facts.destination.code}: a shipment within the United States is not an export; the headquarters rule covers destinations outside the United States`,
      inputs,
    };
  }
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
    detail: `${item.words}; ${who} (${places}), so a licence is required to any destination outside the United States`,
    licenseRequired: true,
    reviewPolicy: p.reviewPolicy,
    family: p.family,
    possibleExceptions: p.possibleExceptions,
    inputs,
  };
};
