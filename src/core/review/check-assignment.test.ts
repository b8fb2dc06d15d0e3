import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type AssignmentProblem, parseAssignmentProblem } from './assignment-problem.ts';
import { checkAssignment } from './check-assignment.ts';

const problem = (): AssignmentProblem => {
  const parsed = parseAssignmentProblem({
    reviewersPerProposal: 2,
    maxPerAgency: 1,
    proposals: [{ id: 'p1', requiredAgencies: ['State'] }, { id: 'p2' }],
    reviewers: [
      { id: 'r1', agency: 'Commerce', minLoad: 1, maxLoad: 2 },
      { id: 'r2', agency: 'State', maxLoad: 2 },
      { id: 'r3', agency: 'Energy', maxLoad: 1 },
      { id: 'r4', agency: 'State', maxLoad: 1 },
    ],
    affinity: [
      { proposal: 'p1', reviewer: 'r1', score: 0.7 },
      { proposal: 'p2', reviewer: 'r3', score: 0.2 },
      { proposal: 'p1', reviewer: 'r2', score: 0.1 },
    ],
    conflicts: [{ proposal: 'p2', reviewer: 'r2' }],
    forced: [{ proposal: 'p2', reviewer: 'r3' }],
  });
  assert.ok(parsed.ok);
  return parsed.value;
};
const pairs = (...list: string[]) =>
  list.map((text) => {
    const [proposal = '', reviewer = ''] = text.split('/');
    return { proposal, reviewer };
  });
const codes = (list: string[]) =>
  checkAssignment(problem(), pairs(...list))
    .violations.map((v) => v.code)
    .sort();

describe('checkAssignment', () => {
  it('accepts a valid assignment and sums its affinity (missing pairs count 0)', () => {
    const check = checkAssignment(problem(), pairs('p1/r1', 'p1/r2', 'p2/r3', 'p2/r4'));
    assert.deepEqual(check.violations, []);
    assert.equal(check.totalAffinity, 1);
  });

  it('names a conflicted pair, and a forced pair left out', () => {
    const check = checkAssignment(problem(), pairs('p1/r1', 'p1/r4', 'p2/r2', 'p2/r1'));
    assert.deepEqual(check.violations.map((v) => v.code).sort(), ['conflicted_pair', 'forced_pair_missing']);
    assert.ok(check.violations.some((v) => v.message === 'reviewer r2 is conflicted with proposal p2'));
    assert.ok(check.violations.some((v) => /reviewer r3 is forced onto proposal p2/.test(v.message)));
  });

  it('names a proposal with the wrong number of reviewers, and a reviewer under their minimum', () => {
    const check = checkAssignment(problem(), pairs('p1/r2', 'p1/r3', 'p2/r3'));
    assert.deepEqual(check.violations.map((v) => v.code).sort(), [
      'over_max_load',
      'under_min_load',
      'wrong_reviewer_count',
    ]);
    assert.ok(check.violations.some((v) => v.message === 'proposal p2 has 1 reviewers, not 2'));
    assert.ok(check.violations.some((v) => v.message === 'reviewer r1 has 0 reviews, below their minLoad of 1'));
    assert.ok(check.violations.some((v) => v.message === 'reviewer r3 has 2 reviews, above their maxLoad of 1'));
  });

  it('names two reviewers of one agency above maxPerAgency, and a required agency missing', () => {
    assert.deepEqual(codes(['p1/r2', 'p1/r4', 'p2/r3', 'p2/r1']), ['over_agency_limit']);
    assert.deepEqual(codes(['p1/r1', 'p1/r3', 'p2/r3', 'p2/r4']), ['over_max_load', 'required_agency_missing']);
  });

  it('names unknown ids and a pair given twice', () => {
    assert.deepEqual(codes(['p1/r1', 'p1/r2', 'p2/r3', 'p2/r4', 'p9/r1', 'p1/r7', 'p1/r1']), [
      'duplicate_pair',
      'unknown_proposal',
      'unknown_reviewer',
    ]);
  });
});
