import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexProblem, parseAssignmentProblem } from '../../core/review/assignment-problem.ts';
import { greedyAssignment } from '../../core/review/greedy-assignment.ts';
import { solveAssignment } from './solve-assignment.ts';

const solve = async (input: unknown) => {
  const result = await solveAssignment(input);
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  return result.value;
};
const pairsOf = (assignments: { proposal: string; reviewer: string }[]) =>
  assignments.map((a) => `${a.proposal}/${a.reviewer}`);

describe('solveAssignment', () => {
  it('finds the optimum where greedy does not (r1 goes to p2, not to the first bidder)', async () => {
    const input = {
      reviewersPerProposal: 1,
      maxPerAgency: 1,
      proposals: [{ id: 'p1' }, { id: 'p2' }],
      reviewers: [
        { id: 'r1', agency: 'A', maxLoad: 1 },
        { id: 'r2', agency: 'A', maxLoad: 1 },
      ],
      affinity: [
        { proposal: 'p1', reviewer: 'r1', score: 0.9 },
        { proposal: 'p2', reviewer: 'r1', score: 0.8 },
        { proposal: 'p1', reviewer: 'r2', score: 0.7 },
        { proposal: 'p2', reviewer: 'r2', score: 0.1 },
      ],
    };
    const { outcome, info } = await solve(input);
    assert.deepEqual(outcome, {
      feasible: true,
      totalAffinity: 1.5,
      assignments: [
        { proposal: 'p1', reviewer: 'r2', score: 0.7 },
        { proposal: 'p2', reviewer: 'r1', score: 0.8 },
      ],
    });
    assert.equal(info.optimality, 'optimal');
    const parsed = parseAssignmentProblem(input);
    assert.ok(parsed.ok);
    assert.equal(greedyAssignment(indexProblem(parsed.value)).totalAffinity, 1);
  });

  it('meets agencies, required agencies, conflicts, forced pairs and minimum loads at the hand-checked optimum', async () => {
    // k = 2, at most 1 per agency. p1 requires State. r4 (State) has minLoad 2. r1 is conflicted with p2,
    // r3 is forced onto p2. Best by hand: p1 = r1 (0.9) + r4 (0.3); p2 = r3 (0.1, forced) + r4 (0): 1.3.
    // Without the minimum load p2 would take r2 (0.6) for 1.9; without the forced pair, r2 and r4.
    const { outcome } = await solve({
      reviewersPerProposal: 2,
      maxPerAgency: 1,
      proposals: [{ id: 'p1', requiredAgencies: ['State'] }, { id: 'p2' }],
      reviewers: [
        { id: 'r1', agency: 'Commerce', maxLoad: 2 },
        { id: 'r2', agency: 'Commerce', maxLoad: 2 },
        { id: 'r3', agency: 'Energy', maxLoad: 2 },
        { id: 'r4', agency: 'State', minLoad: 2, maxLoad: 2 },
        { id: 'r5', agency: 'State', maxLoad: 2 },
      ],
      affinity: [
        { proposal: 'p1', reviewer: 'r1', score: 0.9 },
        { proposal: 'p1', reviewer: 'r2', score: 0.8 },
        { proposal: 'p1', reviewer: 'r4', score: 0.3 },
        { proposal: 'p1', reviewer: 'r5', score: 0.5 },
        { proposal: 'p2', reviewer: 'r1', score: 1 },
        { proposal: 'p2', reviewer: 'r2', score: 0.6 },
        { proposal: 'p2', reviewer: 'r3', score: 0.1 },
      ],
      conflicts: [{ proposal: 'p2', reviewer: 'r1' }],
      forced: [{ proposal: 'p2', reviewer: 'r3' }],
    });
    assert.equal(outcome.feasible, true);
    if (!outcome.feasible) return;
    assert.deepEqual(pairsOf(outcome.assignments), ['p1/r1', 'p1/r4', 'p2/r3', 'p2/r4']);
    assert.equal(outcome.totalAffinity, 1.3);
  });

  it('answers infeasible with the pre-checks’ reasons, before solving', async () => {
    const { outcome, info } = await solve({
      reviewersPerProposal: 2,
      maxPerAgency: 2,
      proposals: [{ id: 'p1', requiredAgencies: ['OSTP'] }],
      reviewers: [{ id: 'r1', agency: 'A', maxLoad: 1 }],
      affinity: [],
    });
    assert.equal(info.solver, null);
    assert.deepEqual(outcome.feasible ? [] : outcome.reasons.map((r) => r.code).sort(), [
      'capacity_below_demand',
      'required_agency_unavailable',
      'too_few_eligible_reviewers',
    ]);
  });

  it('answers infeasible with the solver’s proof when every pre-check passes', async () => {
    // Each proposal alone can be served, but r1 (the only State reviewer) takes one review and both require State.
    const { outcome } = await solve({
      reviewersPerProposal: 1,
      maxPerAgency: 1,
      proposals: [
        { id: 'p1', requiredAgencies: ['State'] },
        { id: 'p2', requiredAgencies: ['State'] },
      ],
      reviewers: [
        { id: 'r1', agency: 'State', maxLoad: 1 },
        { id: 'r2', agency: 'Energy', maxLoad: 1 },
      ],
      affinity: [],
    });
    assert.equal(outcome.feasible, false);
    if (outcome.feasible) return;
    assert.deepEqual(
      outcome.reasons.map((r) => r.code),
      ['no_solution'],
    );
  });

  it('returns invalid_input naming the field for bad input', async () => {
    const result = await solveAssignment({ reviewersPerProposal: 1, maxPerAgency: 1, proposals: [], reviewers: [] });
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.error.code, 'invalid_input');
    assert.deepEqual(
      (result.error.details as { path: string }[]).map((d) => d.path),
      ['proposals', 'reviewers', 'affinity'],
    );
  });
});
