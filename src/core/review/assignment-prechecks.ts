import type { AssignmentReason, IndexedProblem } from './assignment-problem.ts';

/** The codes of the pre-checks, each a reason the problem has no solution whatever the affinities. */
export const PRECHECK_CODES = [
  'agency_limit_below_k',
  'too_many_required_agencies',
  'capacity_below_demand',
  'min_load_above_supply',
  'min_load_unreachable',
  'too_few_eligible_reviewers',
  'agency_limit_blocks_proposal',
  'required_agency_unavailable',
  'forced_pair_conflicted',
  'too_many_forced',
  'forced_over_agency_limit',
  'forced_leaves_no_room_for_required_agency',
  'forced_over_capacity',
] as const;
export type PrecheckCode = (typeof PRECHECK_CODES)[number];

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/**
 * Reasons the problem is infeasible that can be named before solving, each with a code and a message naming
 * the proposal, reviewer or agency. An empty list does not promise a solution (the solver decides); a
 * non-empty one proves there is none.
 */
export const precheckAssignment = (indexed: IndexedProblem): AssignmentReason[] => {
  const { problem, k, agencies, reviewerAgency } = indexed;
  const P = problem.proposals.length;
  const R = problem.reviewers.length;
  const reasons: AssignmentReason[] = [];
  const add = (code: PrecheckCode, message: string) => reasons.push({ code, message });

  if (problem.maxPerAgency * agencies.length < k)
    add(
      'agency_limit_below_k',
      `${k} reviewers per proposal are needed, but with at most ${problem.maxPerAgency} per agency and ${plural(agencies.length, 'agency', 'agencies')} no proposal can have more than ${problem.maxPerAgency * agencies.length}`,
    );

  // eligibility: reviewer r may review proposal p when the pair is not conflicted and r takes any review at all
  const eligibleProposals = new Int32Array(R);
  const eligibleByAgency = problem.proposals.map(() => new Int32Array(agencies.length));
  problem.proposals.forEach((proposal, p) => {
    const byAgency = eligibleByAgency[p] as Int32Array;
    let eligible = 0;
    for (let r = 0; r < R; r++) {
      if (indexed.conflicted(p, r) || (problem.reviewers[r]?.maxLoad ?? 0) === 0) continue;
      eligible++;
      eligibleProposals[r] = (eligibleProposals[r] ?? 0) + 1;
      const a = reviewerAgency[r] ?? 0;
      byAgency[a] = (byAgency[a] ?? 0) + 1;
    }
    const required = indexed.requiredAgencies[p] ?? [];
    if (required.length > k)
      add(
        'too_many_required_agencies',
        `proposal ${proposal.id} requires ${plural(required.length, 'agency', 'agencies')} (${required.map((a) => agencies[a]).join(', ')}) but has only ${k} reviewers`,
      );
    if (eligible < k)
      add(
        'too_few_eligible_reviewers',
        `proposal ${proposal.id} has ${plural(eligible, 'eligible reviewer')} (not conflicted, with capacity), fewer than the ${k} it needs`,
      );
    else {
      const reachable = byAgency.reduce((sum, n) => sum + Math.min(n, problem.maxPerAgency), 0);
      if (reachable < k)
        add(
          'agency_limit_blocks_proposal',
          `proposal ${proposal.id} can get at most ${reachable} reviewers with at most ${problem.maxPerAgency} per agency from its eligible reviewers, fewer than ${k}`,
        );
    }
    for (const a of required)
      if ((byAgency[a] ?? 0) === 0)
        add(
          'required_agency_unavailable',
          `proposal ${proposal.id} requires a reviewer from ${agencies[a]}, but no eligible reviewer (not conflicted, with capacity) belongs to it`,
        );

    const forced = indexed.forcedByProposal[p] ?? [];
    for (const r of forced)
      if (indexed.conflicted(p, r))
        add(
          'forced_pair_conflicted',
          `reviewer ${problem.reviewers[r]?.id} is forced onto proposal ${proposal.id} but conflicted with it`,
        );
    if (forced.length > k)
      add(
        'too_many_forced',
        `proposal ${proposal.id} has ${forced.length} forced reviewers, more than the ${k} it takes`,
      );
    const forcedByAgency = new Map<number, number>();
    for (const r of forced) {
      const a = reviewerAgency[r] ?? 0;
      forcedByAgency.set(a, (forcedByAgency.get(a) ?? 0) + 1);
    }
    for (const [a, n] of forcedByAgency)
      if (n > problem.maxPerAgency)
        add(
          'forced_over_agency_limit',
          `proposal ${proposal.id} has ${n} forced reviewers from ${agencies[a]}, above the limit of ${problem.maxPerAgency} per agency`,
        );
    const missing = required.filter((a) => !forcedByAgency.has(a));
    if (forced.length > 0 && forced.length <= k && required.length <= k && missing.length > k - forced.length)
      add(
        'forced_leaves_no_room_for_required_agency',
        `proposal ${proposal.id} has ${forced.length} forced reviewers, leaving ${plural(k - forced.length, 'place')} for the required ${missing.map((a) => agencies[a]).join(', ')}`,
      );
  });

  const demand = P * k;
  const forcedLoad = new Int32Array(R);
  for (const list of indexed.forcedByProposal) for (const r of list) forcedLoad[r] = (forcedLoad[r] ?? 0) + 1;
  let capacity = 0;
  let minimum = 0;
  problem.reviewers.forEach((reviewer, r) => {
    const reachable = eligibleProposals[r] ?? 0;
    capacity += Math.min(reviewer.maxLoad, reachable);
    minimum += reviewer.minLoad;
    if (reviewer.minLoad > reachable)
      add(
        'min_load_unreachable',
        `reviewer ${reviewer.id} must take at least ${reviewer.minLoad} reviews but may review only ${plural(reachable, 'proposal')} (the others are conflicted)`,
      );
    const forced = forcedLoad[r] ?? 0;
    if (forced > reviewer.maxLoad)
      add(
        'forced_over_capacity',
        `reviewer ${reviewer.id} is forced onto ${plural(forced, 'proposal')}, above their maxLoad of ${reviewer.maxLoad}`,
      );
  });
  if (capacity < demand)
    add(
      'capacity_below_demand',
      `${P} proposals × ${k} reviewers need ${demand} reviews, but the reviewers can take at most ${capacity} (maxLoad, counting only proposals each may review)`,
    );
  if (minimum > demand)
    add(
      'min_load_above_supply',
      `the reviewers' minLoad adds up to ${minimum} reviews, but ${P} proposals × ${k} reviewers make only ${demand}`,
    );
  return reasons;
};
