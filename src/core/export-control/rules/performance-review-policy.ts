import type { RuleEvaluator } from '../rule.ts';

/**
 * Sets the review policy of a family's licence requirement for listed destinations, for the movements the
 * rule covers (exports to them, not reexports or third-country destinations), by the item's performance:
 * `within` when TPP and DRAM bandwidth are both below the limits, else `otherwise`.
 */
export const evaluatePerformanceReviewPolicy: RuleEvaluator<'performance-review-policy'> = (rule, facts) => {
  const p = rule.params;
  const place = facts.destination;
  const inputs = {
    destination: place.code,
    transaction: facts.transaction,
    tpp: facts.tpp ?? null,
    memoryBandwidthGBs: facts.memoryBandwidthGBs ?? null,
  };
  if (!p.destinations.includes(place.code) && !p.destinations.includes(place.governedBy)) {
    return {
      applies: false,
      detail: `the destination ${place.code} is not ${p.destinations.join(', ')} (the policy covers exports to them, not third-country destinations)`,
      inputs,
    };
  }
  if (!p.transactions.includes(facts.transaction)) {
    return {
      applies: false,
      detail: `a ${facts.transaction} is not covered: the policy applies to ${p.transactions.join(', ')}s`,
      inputs,
    };
  }
  const tppOk = facts.tpp !== undefined && facts.tpp < p.tppBelow;
  const bandwidthOk = facts.memoryBandwidthGBs !== undefined && facts.memoryBandwidthGBs < p.memoryBandwidthBelowGBs;
  const tppWords = facts.tpp === undefined ? 'TPP not given' : `TPP ${facts.tpp} ${tppOk ? '<' : '≥'} ${p.tppBelow}`;
  const bandwidthWords =
    facts.memoryBandwidthGBs === undefined
      ? 'DRAM bandwidth not given'
      : `DRAM bandwidth ${facts.memoryBandwidthGBs} GB/s ${bandwidthOk ? '<' : '≥'} ${p.memoryBandwidthBelowGBs} GB/s`;
  const reviewPolicy = tppOk && bandwidthOk ? p.within : p.otherwise;
  return {
    applies: true,
    detail: `${facts.transaction} to ${place.code}; ${tppWords}; ${bandwidthWords}`,
    policyOverride: { family: p.family, reviewPolicy },
    inputs,
  };
};
