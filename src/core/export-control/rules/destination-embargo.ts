import type { RuleEvaluator } from '../rule.ts';

/** A destination-wide embargo or sanctions programme: every item (or every CCL item) needs an authorization. */
export const evaluateDestinationEmbargo: RuleEvaluator<'destination-embargo'> = (rule, facts) => {
  const p = rule.params;
  const code = facts.destination.governedBy;
  const inputs = { eccn: facts.eccn, destination: facts.destination.code };
  if (!p.destinations.includes(facts.destination.code) && !p.destinations.includes(code)) {
    return { applies: false, detail: `${facts.destination.code} is not ${p.destinations.join(' or ')}`, inputs };
  }
  const ear99 = facts.eccn === 'EAR99';
  if (ear99 && p.scope === 'ccl-items-only') {
    return {
      applies: false,
      detail: `${facts.destination.code} is under this programme, but it covers items on the Commerce Control List only; EAR99 is not covered by it${p.ear99Note ? ` (${p.ear99Note})` : ''}`,
      inputs,
    };
  }
  if (ear99 && p.scope === 'ccl-items') {
    return {
      applies: true,
      detail: p.ear99Note ?? 'EAR99 items may need a licence; check the supplements the rule names',
      licenseRequired: true,
      reviewPolicy: p.ear99ReviewPolicy ?? 'undetermined',
      possibleExceptions: [...p.possibleExceptions, ...(p.ear99Exceptions ?? [])],
      inputs,
    };
  }
  const itemWords =
    p.scope === 'all-items'
      ? `every item subject to the ${rule.agency === 'OFAC' ? 'programme' : 'EAR'}, EAR99 included, needs ${rule.agency === 'OFAC' ? 'OFAC authorization' : 'a licence'}${ear99 && p.ear99Note ? ` (${p.ear99Note})` : ''}`
      : `${facts.eccn} is on the Commerce Control List`;
  return {
    applies: true,
    detail: `${facts.destination.code} is under this programme; ${itemWords}`,
    licenseRequired: true,
    reviewPolicy: ear99 ? (p.ear99ReviewPolicy ?? p.reviewPolicy) : p.reviewPolicy,
    possibleExceptions: ear99 ? [...p.possibleExceptions, ...(p.ear99Exceptions ?? [])] : p.possibleExceptions,
    inputs,
  };
};
