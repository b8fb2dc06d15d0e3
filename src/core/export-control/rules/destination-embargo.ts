import type { RuleEvaluator } from '../rule.ts';

/** A destination-wide embargo or sanctions programme: every item (or every CCL item) needs a licence. */
export const evaluateDestinationEmbargo: RuleEvaluator<'destination-embargo'> = (rule, facts) => {
  const p = rule.params;
  const code = facts.destination.governedBy;
  const inputs = { eccn: facts.eccn, destination: facts.destination.code };
  if (!p.destinations.includes(code) && !p.destinations.includes(facts.destination.code)) {
    return { applies: false, detail: `${facts.destination.code} is not ${p.destinations.join(' or ')}`, inputs };
  }
  if (facts.eccn === 'EAR99' && p.scope === 'ccl-items') {
    return {
      applies: true,
      detail: p.ear99Note ?? 'EAR99 items may need a licence; check the supplements the rule names',
      licenseRequired: true,
      reviewPolicy: 'undetermined',
      possibleExceptions: p.possibleExceptions,
      inputs,
    };
  }
  return {
    applies: true,
    detail: `${facts.destination.code} is under this programme; ${p.scope === 'all-items' ? 'every item subject to the EAR, EAR99 included, needs a licence' : `${facts.eccn} is on the Commerce Control List`}`,
    licenseRequired: true,
    reviewPolicy: p.reviewPolicy,
    possibleExceptions: p.possibleExceptions,
    inputs,
  };
};
