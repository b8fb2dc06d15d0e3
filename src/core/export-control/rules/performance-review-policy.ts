import type { RuleEvaluator } from '../rule.ts';

/**
 * Sets the review policy of a family's licence requirement for listed destinations (or buyers headquartered
 * there) by the item's performance: `within` when TPP and DRAM bandwidth are both below the limits, else `otherwise`.
 */
export const evaluatePerformanceReviewPolicy: RuleEvaluator<'performance-review-policy'> = (rule, facts) => {
  const p = rule.params;
  const places = [facts.destination, facts.headquarters, facts.ultimateParentHeadquarters].filter(
    (x) => x !== undefined && (p.destinations.includes(x.code) || p.destinations.includes(x.governedBy)),
  );
  const inputs = {
    destination: facts.destination.code,
    tpp: facts.tpp ?? null,
    memoryBandwidthGBs: facts.memoryBandwidthGBs ?? null,
  };
  if (places.length === 0) {
    return {
      applies: false,
      detail: `neither destination nor headquarters is in ${p.destinations.join(', ')}`,
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
    detail: `${places.map((x) => x?.code).join(', ')} in scope; ${tppWords}; ${bandwidthWords}`,
    policyOverride: { family: p.family, reviewPolicy },
    inputs,
  };
};
