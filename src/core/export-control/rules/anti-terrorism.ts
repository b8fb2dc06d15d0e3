import type { RuleEvaluator } from '../rule.ts';

/** Items controlled for anti-terrorism (AT) reasons need a licence to the rule's groups (E:1). */
export const evaluateAntiTerrorism: RuleEvaluator<'anti-terrorism'> = (rule, facts) => {
  const p = rule.params;
  const inputs = { eccn: facts.eccn, destination: facts.destination.code, reasons: facts.entry?.reasons ?? null };
  const inGroup = p.groups.filter((g) => facts.destination.groups.has(g));
  if (inGroup.length === 0) {
    return { applies: false, detail: `${facts.destination.code} is not in ${p.groups.join(', ')}`, inputs };
  }
  if (!facts.entry) {
    if (facts.eccn === 'EAR99') return { applies: false, detail: 'EAR99 has no reason for control', inputs };
    return {
      applies: true,
      detail: `${facts.eccn} is not in the project's ECCN data; nearly every CCL entry carries AT controls, so assumed covered`,
      licenseRequired: true,
      reviewPolicy: p.reviewPolicy,
      inputs,
    };
  }
  if (!facts.entry.reasons.includes('AT')) {
    return { applies: false, detail: `${facts.eccn} is not controlled for anti-terrorism reasons`, inputs };
  }
  const section = p.sectionByDestination[facts.destination.governedBy];
  const reviewPolicy = p.reviewPolicyByDestination?.[facts.destination.governedBy] ?? p.reviewPolicy;
  return {
    applies: true,
    detail: `${facts.eccn} is controlled for AT reasons${facts.entry.reasons.length === 1 ? ' only' : ''}; ${facts.destination.code} is in ${inGroup.join(', ')}${section ? ` (see § ${section})` : ''}`,
    licenseRequired: true,
    reviewPolicy,
    inputs,
  };
};
