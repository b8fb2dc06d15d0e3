import type { RuleEvaluator } from '../rule.ts';
import { findConsigneeExemption } from './consignee-exemption.ts';
import { describeMatch } from './describe-match.ts';

/** Licence required for listed ECCNs to destinations in the rule's groups or list, minus excluded groups. */
export const evaluateDestinationScope: RuleEvaluator<'destination-scope'> = (rule, facts) => {
  const p = rule.params;
  const { destination } = facts;
  const inputs = {
    eccn: facts.eccn,
    destination: destination.code,
    groups: [...destination.groups],
    ...(p.exemptions ? { consignee: facts.consignee ?? null } : {}),
  };
  const item = describeMatch(facts.eccn, p.eccns, facts.excludedPatterns);
  if (!item.matched) return { applies: false, detail: item.words, inputs };
  const inGroups = p.groups.filter((g) => destination.groups.has(g));
  const listed = p.countries.includes(destination.code) || p.countries.includes(destination.governedBy);
  if (inGroups.length === 0 && !listed) {
    return {
      applies: false,
      detail: `${destination.code} is in none of ${[...p.groups, ...p.countries].join(', ')}`,
      inputs,
    };
  }
  const excludedBy = [
    ...p.excludeGroups.filter((g) => destination.groups.has(g)),
    ...p.excludeCountries.filter((c) => c === destination.code || c === destination.governedBy),
  ];
  const scopeWords = listed
    ? `${destination.code} is named by the rule`
    : `${destination.code} is in ${inGroups.join(', ')}`;
  if (excludedBy.length > 0) {
    return {
      applies: false,
      detail: `${scopeWords}, but also in ${excludedBy.join(', ')}, which the rule excludes`,
      inputs,
    };
  }
  const exemption = p.exemptions ? findConsigneeExemption(rule.id, p.exemptions, facts) : undefined;
  if (exemption?.status === 'applies') {
    return { applies: false, detail: `${scopeWords}, but ${exemption.detail}: exempt`, exemption, inputs };
  }
  if (exemption?.status === 'possible') {
    return {
      applies: true,
      detail: `${item.words}; ${scopeWords}; ${exemption.detail}`,
      licenseRequired: true,
      reviewPolicy: 'undetermined',
      family: p.family,
      possibleExceptions: p.possibleExceptions,
      exemption,
      inputs,
    };
  }
  const noConsignee =
    p.exemptions && !facts.consignee
      ? `; no consignee named, so none of the rule's exemptions (${p.exemptions.map((x) => x.name).join('; ')}) can be checked`
      : p.exemptions
        ? `; the consignee "${facts.consignee}" is none of the rule's exemptions`
        : '';
  return {
    applies: true,
    detail: `${item.words}; ${scopeWords}${noConsignee}`,
    licenseRequired: true,
    reviewPolicy: p.reviewPolicy,
    family: p.family,
    possibleExceptions: p.possibleExceptions,
    inputs,
  };
};
