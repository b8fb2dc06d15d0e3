import type { MipConstraint, MipModel, MipTerm, MipVariable } from '../optimisation/mip-model.ts';
import type { IndexedProblem } from './assignment-problem.ts';

/** Variable i of the model is the pair `pairs[i]`: proposal and reviewer as indices, with the pair's affinity. */
export type AssignmentVariable = { proposal: number; reviewer: number; score: number };

export type AssignmentModel = { model: MipModel; pairs: AssignmentVariable[] };

/**
 * The assignment as a 0/1 programme. One binary per pair a solution may use: every pair that is not
 * conflicted and whose reviewer takes any review (a pair with no affinity given is a variable too, at cost 0,
 * so the solver may use it to fill a proposal). Forced pairs have lower bound 1. Rows:
 * - each proposal: its reviewers = k;
 * - each reviewer: reviews ≤ maxLoad, and ≥ minLoad when minLoad > 0;
 * - each proposal and agency with more eligible reviewers than maxPerAgency: that agency's reviewers ≤ maxPerAgency;
 * - each proposal and required agency: that agency's reviewers ≥ 1.
 * Objective: maximise the sum of affinities.
 */
export const buildAssignmentModel = (indexed: IndexedProblem): AssignmentModel => {
  const { problem, k, agencies, reviewerAgency } = indexed;
  const R = problem.reviewers.length;
  const variables: MipVariable[] = [];
  const pairs: AssignmentVariable[] = [];
  const objective: MipTerm[] = [];
  const constraints: MipConstraint[] = [];
  const reviewerTerms: MipTerm[][] = problem.reviewers.map(() => []);
  const one = (variable: number): MipTerm => ({ variable, coefficient: 1 });

  problem.proposals.forEach((proposal, p) => {
    const terms: MipTerm[] = [];
    const byAgency: MipTerm[][] = agencies.map(() => []);
    for (let r = 0; r < R; r++) {
      const reviewer = problem.reviewers[r];
      if (reviewer === undefined || reviewer.maxLoad === 0 || indexed.conflicted(p, r)) continue;
      const v = variables.length;
      const score = indexed.score(p, r);
      const forced = indexed.isForced(p, r);
      variables.push(
        forced
          ? { name: `${proposal.id}/${reviewer.id}`, type: 'binary', lower: 1 }
          : { name: `${proposal.id}/${reviewer.id}`, type: 'binary' },
      );
      pairs.push({ proposal: p, reviewer: r, score });
      if (score !== 0) objective.push({ variable: v, coefficient: score });
      terms.push(one(v));
      reviewerTerms[r]?.push(one(v));
      byAgency[reviewerAgency[r] ?? 0]?.push(one(v));
    }
    constraints.push({ name: `proposal ${proposal.id}: ${k} reviewers`, terms, sense: '=', rhs: k });
    byAgency.forEach((agencyTerms, a) => {
      if (agencyTerms.length > problem.maxPerAgency)
        constraints.push({
          name: `proposal ${proposal.id}: at most ${problem.maxPerAgency} from ${agencies[a]}`,
          terms: agencyTerms,
          sense: '<=',
          rhs: problem.maxPerAgency,
        });
    });
    for (const a of indexed.requiredAgencies[p] ?? [])
      constraints.push({
        name: `proposal ${proposal.id}: a reviewer from ${agencies[a]}`,
        terms: byAgency[a] ?? [],
        sense: '>=',
        rhs: 1,
      });
  });
  problem.reviewers.forEach((reviewer, r) => {
    const terms = reviewerTerms[r] ?? [];
    if (terms.length > reviewer.maxLoad)
      constraints.push({
        name: `reviewer ${reviewer.id}: at most ${reviewer.maxLoad}`,
        terms,
        sense: '<=',
        rhs: reviewer.maxLoad,
      });
    if (reviewer.minLoad > 0)
      constraints.push({
        name: `reviewer ${reviewer.id}: at least ${reviewer.minLoad}`,
        terms,
        sense: '>=',
        rhs: reviewer.minLoad,
      });
  });
  return { model: { sense: 'maximize', variables, objective, constraints }, pairs };
};
