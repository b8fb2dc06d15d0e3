import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { indexProblem, parseAssignmentProblem } from './assignment-problem.ts';
import { greedyAssignment } from './greedy-assignment.ts';

const run = (input: unknown) => {
  const parsed = parseAssignmentProblem(input);
  assert.ok(parsed.ok);
  return greedyAssignment(indexProblem(parsed.value));
};

describe('greedyAssignment', () => {
  it('takes the highest affinity first, so a popular reviewer goes to the first bidder (suboptimal here)', () => {
    // r1 can take one review; greedy gives it p1 (0.9), p2 then gets r2 (0.1): 1.0 in all.
    // The optimum gives r1 to p2 (0.8) and r2 to p1 (0.7): 1.5.
    const result = run({
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
    });
    assert.deepEqual(result.violations, []);
    assert.deepEqual(
      result.assignments.map((a) => `${a.proposal}/${a.reviewer}`),
      ['p1/r1', 'p2/r2'],
    );
    assert.equal(result.totalAffinity, 1);
  });

  it('keeps forced pairs, leaves room for required agencies and fills with zero-affinity reviewers', () => {
    const result = run({
      reviewersPerProposal: 2,
      maxPerAgency: 1,
      proposals: [{ id: 'p1', requiredAgencies: ['State'] }, { id: 'p2' }],
      reviewers: [
        { id: 'r1', agency: 'Commerce', maxLoad: 2 },
        { id: 'r2', agency: 'Energy', maxLoad: 2 },
        { id: 'r3', agency: 'State', maxLoad: 2 },
      ],
      affinity: [
        { proposal: 'p1', reviewer: 'r1', score: 0.9 },
        { proposal: 'p1', reviewer: 'r2', score: 0.8 },
      ],
      forced: [{ proposal: 'p2', reviewer: 'r3' }],
    });
    assert.deepEqual(result.violations, []);
    assert.deepEqual(
      result.assignments.map((a) => `${a.proposal}/${a.reviewer}`),
      ['p1/r1', 'p1/r3', 'p2/r2', 'p2/r3'], // p2's second place: r2, the least loaded,
    );
  });

  it('reports what it could not meet instead of hiding it', () => {
    const result = run({
      reviewersPerProposal: 2,
      maxPerAgency: 2,
      proposals: [{ id: 'p1' }],
      reviewers: [{ id: 'r1', agency: 'A', maxLoad: 1 }],
      affinity: [],
    });
    assert.deepEqual(
      result.violations.map((v) => v.code),
      ['wrong_reviewer_count'],
    );
  });
});
