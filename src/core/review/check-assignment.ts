import type { AssignmentPair, AssignmentProblem, AssignmentReason, IndexedProblem } from './assignment-problem.ts';
import { indexProblem } from './assignment-problem.ts';

/** The codes of the violations `checkAssignment` names. */
export const VIOLATION_CODES = [
  'unknown_proposal',
  'unknown_reviewer',
  'duplicate_pair',
  'conflicted_pair',
  'wrong_reviewer_count',
  'over_max_load',
  'under_min_load',
  'over_agency_limit',
  'required_agency_missing',
  'forced_pair_missing',
] as const;
export type ViolationCode = (typeof VIOLATION_CODES)[number];

export type AssignmentCheck = { violations: AssignmentReason[]; totalAffinity: number };

/**
 * Re-checks a set of pairs (a solver's answer, or one a program officer adjusted by hand) against every
 * constraint of the problem and names each violation; an empty list means the set is a valid assignment.
 * Also sums the set's affinity (pairs with no affinity given count 0).
 */
export const checkAssignment = (
  problem: AssignmentProblem | IndexedProblem,
  assignments: readonly AssignmentPair[],
): AssignmentCheck => {
  const indexed = 'proposalIndex' in problem ? problem : indexProblem(problem);
  const { k, agencies, reviewerAgency } = indexed;
  const { proposals, reviewers, maxPerAgency } = indexed.problem;
  const violations: AssignmentReason[] = [];
  const add = (code: ViolationCode, message: string) => violations.push({ code, message });
  const onProposal: number[][] = proposals.map(() => []);
  const load = new Int32Array(reviewers.length);
  const seen = new Set<string>();
  let totalAffinity = 0;
  assignments.forEach((pair, i) => {
    const p = indexed.proposalIndex.get(pair.proposal);
    const r = indexed.reviewerIndex.get(pair.reviewer);
    if (p === undefined) add('unknown_proposal', `assignment ${i + 1} names an unknown proposal "${pair.proposal}"`);
    if (r === undefined) add('unknown_reviewer', `assignment ${i + 1} names an unknown reviewer "${pair.reviewer}"`);
    if (p === undefined || r === undefined) return;
    const key = `${p}:${r}`;
    if (seen.has(key)) {
      add('duplicate_pair', `reviewer ${pair.reviewer} is assigned to proposal ${pair.proposal} more than once`);
      return;
    }
    seen.add(key);
    if (indexed.conflicted(p, r))
      add('conflicted_pair', `reviewer ${pair.reviewer} is conflicted with proposal ${pair.proposal}`);
    onProposal[p]?.push(r);
    load[r] = (load[r] ?? 0) + 1;
    totalAffinity += indexed.score(p, r);
  });
  proposals.forEach((proposal, p) => {
    const assigned = onProposal[p] ?? [];
    if (assigned.length !== k)
      add('wrong_reviewer_count', `proposal ${proposal.id} has ${assigned.length} reviewers, not ${k}`);
    const byAgency = new Map<number, number>();
    for (const r of assigned) byAgency.set(reviewerAgency[r] ?? 0, (byAgency.get(reviewerAgency[r] ?? 0) ?? 0) + 1);
    for (const [a, n] of byAgency)
      if (n > maxPerAgency)
        add(
          'over_agency_limit',
          `proposal ${proposal.id} has ${n} reviewers from ${agencies[a]}, above the limit of ${maxPerAgency}`,
        );
    for (const a of indexed.requiredAgencies[p] ?? [])
      if (!byAgency.has(a))
        add(
          'required_agency_missing',
          `proposal ${proposal.id} has no reviewer from ${agencies[a]}, which it requires`,
        );
    for (const r of indexed.forcedByProposal[p] ?? [])
      if (!assigned.includes(r))
        add(
          'forced_pair_missing',
          `reviewer ${reviewers[r]?.id} is forced onto proposal ${proposal.id} but not assigned to it`,
        );
  });
  reviewers.forEach((reviewer, r) => {
    const n = load[r] ?? 0;
    if (n > reviewer.maxLoad)
      add('over_max_load', `reviewer ${reviewer.id} has ${n} reviews, above their maxLoad of ${reviewer.maxLoad}`);
    if (n < reviewer.minLoad)
      add('under_min_load', `reviewer ${reviewer.id} has ${n} reviews, below their minLoad of ${reviewer.minLoad}`);
  });
  return { violations, totalAffinity: roundScore(totalAffinity) };
};

/** Sums of affinities rounded to 6 decimals, so that 0.1 + 0.2 reads 0.3. */
export const roundScore = (value: number): number => Math.round(value * 1e6) / 1e6;
