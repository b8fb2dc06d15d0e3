import type { Assignment, AssignmentReason, IndexedProblem } from './assignment-problem.ts';
import { checkAssignment } from './check-assignment.ts';

export type GreedyResult = { assignments: Assignment[]; totalAffinity: number; violations: AssignmentReason[] };

/**
 * The baseline the solver is measured against (not used to decide anything): forced pairs first, then every
 * other pair by falling affinity, taken when it breaks no limit and leaves room for the proposal's missing
 * required agencies; then each proposal still short is filled with the best remaining eligible reviewer
 * (required agencies first, then reviewers under their minimum load, the least loaded on a tie). Greedy may
 * end short or break a minimum load: `violations` (from `checkAssignment`) says so.
 */
export const greedyAssignment = (indexed: IndexedProblem): GreedyResult => {
  const { problem, k, reviewerAgency } = indexed;
  const P = problem.proposals.length;
  const R = problem.reviewers.length;
  const count = new Int32Array(P);
  const load = new Int32Array(R);
  const perAgency = problem.proposals.map(() => new Map<number, number>());
  const taken = new Set<number>();
  const chosen: { p: number; r: number }[] = [];
  const unmetRequired = (p: number): number[] =>
    (indexed.requiredAgencies[p] ?? []).filter((a) => !(perAgency[p]?.has(a) ?? false));
  const fits = (p: number, r: number): boolean => {
    if (taken.has(p * R + r) || indexed.conflicted(p, r)) return false;
    if ((count[p] ?? 0) >= k || (load[r] ?? 0) >= (problem.reviewers[r]?.maxLoad ?? 0)) return false;
    const a = reviewerAgency[r] ?? 0;
    if ((perAgency[p]?.get(a) ?? 0) >= problem.maxPerAgency) return false;
    const stillMissing = unmetRequired(p).filter((m) => m !== a).length;
    return k - (count[p] ?? 0) - 1 >= stillMissing;
  };
  const take = (p: number, r: number) => {
    taken.add(p * R + r);
    count[p] = (count[p] ?? 0) + 1;
    load[r] = (load[r] ?? 0) + 1;
    const a = reviewerAgency[r] ?? 0;
    perAgency[p]?.set(a, (perAgency[p]?.get(a) ?? 0) + 1);
    chosen.push({ p, r });
  };

  problem.forced.forEach((pair) => {
    const p = indexed.proposalIndex.get(pair.proposal) ?? 0;
    const r = indexed.reviewerIndex.get(pair.reviewer) ?? 0;
    if (!taken.has(p * R + r) && !indexed.conflicted(p, r)) take(p, r);
  });
  const candidates = problem.affinity
    .filter((a) => a.score > 0)
    .map((a) => ({
      p: indexed.proposalIndex.get(a.proposal) ?? 0,
      r: indexed.reviewerIndex.get(a.reviewer) ?? 0,
      score: a.score,
    }))
    .sort((x, y) => y.score - x.score || x.p - y.p || x.r - y.r);
  for (const { p, r } of candidates) if (fits(p, r)) take(p, r);

  for (let p = 0; p < P; p++) {
    while ((count[p] ?? 0) < k) {
      const missing = new Set(unmetRequired(p));
      let best = -1;
      let bestKey: number[] = [];
      for (let r = 0; r < R; r++) {
        if (!fits(p, r)) continue;
        const reviewer = problem.reviewers[r];
        const key = [
          missing.has(reviewerAgency[r] ?? 0) ? 1 : 0,
          (load[r] ?? 0) < (reviewer?.minLoad ?? 0) ? 1 : 0,
          indexed.score(p, r),
          -(load[r] ?? 0),
        ];
        if (best < 0 || compareKeys(key, bestKey) > 0) {
          best = r;
          bestKey = key;
        }
      }
      if (best < 0) break;
      take(p, best);
    }
  }
  const assignments = chosen
    .sort((x, y) => x.p - y.p || x.r - y.r)
    .map(({ p, r }) => ({
      proposal: problem.proposals[p]?.id ?? '',
      reviewer: problem.reviewers[r]?.id ?? '',
      score: indexed.score(p, r),
    }));
  const check = checkAssignment(indexed, assignments);
  return { assignments, totalAffinity: check.totalAffinity, violations: check.violations };
};

const compareKeys = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};
