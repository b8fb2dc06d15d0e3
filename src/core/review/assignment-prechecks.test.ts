import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type PrecheckCode, precheckAssignment } from './assignment-prechecks.ts';
import { type AssignmentProblemInput, indexProblem, parseAssignmentProblem } from './assignment-problem.ts';

/** Two proposals, four reviewers in three agencies, k = 2: feasible as given. */
const base = (): AssignmentProblemInput => ({
  reviewersPerProposal: 2,
  maxPerAgency: 1,
  proposals: [{ id: 'p1', requiredAgencies: ['State'] }, { id: 'p2' }],
  reviewers: [
    { id: 'r1', agency: 'Commerce', maxLoad: 2 },
    { id: 'r2', agency: 'State', maxLoad: 2 },
    { id: 'r3', agency: 'Energy', maxLoad: 1 },
    { id: 'r4', agency: 'State', maxLoad: 1 },
  ],
  affinity: [],
});

const reasons = (input: AssignmentProblemInput) => {
  const parsed = parseAssignmentProblem(input);
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error.message);
  return precheckAssignment(indexProblem(parsed.value));
};
const codes = (input: AssignmentProblemInput): PrecheckCode[] => reasons(input).map((r) => r.code as PrecheckCode);

describe('precheckAssignment', () => {
  it('finds nothing on a feasible problem', () => {
    assert.deepEqual(reasons(base()), []);
  });

  it('names total capacity below demand', () => {
    const input = base();
    input.reviewers = input.reviewers.map((r) => ({ ...r, maxLoad: 1 }));
    input.proposals.push({ id: 'p3' });
    const found = reasons(input);
    assert.deepEqual(
      found.map((r) => r.code),
      ['capacity_below_demand'],
    );
    assert.match(
      found[0]?.message ?? '',
      /3 proposals × 2 reviewers need 6 reviews, but the reviewers can take at most 4/,
    );
  });

  it('counts only the proposals a reviewer may review in the capacity', () => {
    const input = base();
    input.reviewers = [
      { id: 'r1', agency: 'Commerce', maxLoad: 1 },
      { id: 'r2', agency: 'State', maxLoad: 5 },
      { id: 'r3', agency: 'Energy', maxLoad: 1 },
    ];
    input.conflicts = [{ proposal: 'p2', reviewer: 'r2' }];
    assert.deepEqual(codes(input), ['capacity_below_demand']);
  });

  it('names minLoads adding up above the reviews there are', () => {
    const input = base();
    input.reviewers = input.reviewers.map((r) => ({ ...r, minLoad: r.maxLoad }));
    assert.deepEqual(codes(input), ['min_load_above_supply']);
  });

  it('names a reviewer whose minLoad exceeds the proposals they may review', () => {
    const input = base();
    input.reviewers[0] = { id: 'r1', agency: 'Commerce', minLoad: 2, maxLoad: 2 };
    input.conflicts = [{ proposal: 'p2', reviewer: 'r1' }];
    const found = reasons(input);
    assert.deepEqual(
      found.map((r) => r.code),
      ['min_load_unreachable'],
    );
    assert.match(found[0]?.message ?? '', /reviewer r1 must take at least 2 reviews but may review only 1 proposal/);
  });

  it('names a proposal with fewer than k eligible reviewers (conflicts and zero capacity)', () => {
    const input = base();
    input.reviewers[2] = { id: 'r3', agency: 'Energy', maxLoad: 0 };
    input.conflicts = [
      { proposal: 'p2', reviewer: 'r1' },
      { proposal: 'p2', reviewer: 'r2' },
    ];
    const found = reasons(input).filter((r) => r.code === 'too_few_eligible_reviewers');
    assert.equal(found.length, 1);
    assert.match(found[0]?.message ?? '', /proposal p2 has 1 eligible reviewer .*fewer than the 2 it needs/);
  });

  it('names a required agency with no eligible reviewer on a proposal', () => {
    const input = base();
    input.conflicts = [
      { proposal: 'p1', reviewer: 'r2' },
      { proposal: 'p1', reviewer: 'r4' },
    ];
    const found = reasons(input);
    assert.deepEqual(
      found.map((r) => r.code),
      ['required_agency_unavailable'],
    );
    assert.match(found[0]?.message ?? '', /proposal p1 requires a reviewer from State/);
    const missing = base();
    missing.proposals[1] = { id: 'p2', requiredAgencies: ['OSTP'] };
    assert.deepEqual(codes(missing), ['required_agency_unavailable']);
  });

  it('names more required agencies than reviewers', () => {
    const input = base();
    input.proposals[1] = { id: 'p2', requiredAgencies: ['State', 'Energy', 'Commerce'] };
    assert.deepEqual(codes(input), ['too_many_required_agencies']);
  });

  it('names maxPerAgency × agencies below k, and a proposal the agency limit starves', () => {
    const input = base();
    input.reviewersPerProposal = 4;
    input.reviewers = input.reviewers.map((r) => ({ ...r, maxLoad: 2 }));
    assert.ok(codes(input).includes('agency_limit_below_k'));
    const starved = base();
    starved.reviewers.push({ id: 'r5', agency: 'State', maxLoad: 2 });
    starved.conflicts = [
      { proposal: 'p2', reviewer: 'r1' },
      { proposal: 'p2', reviewer: 'r3' },
    ];
    const found = reasons(starved);
    assert.deepEqual(
      found.map((r) => r.code),
      ['agency_limit_blocks_proposal'],
    );
    assert.match(found[0]?.message ?? '', /proposal p2 can get at most 1 reviewers with at most 1 per agency/);
  });

  it('names a forced pair that is also a conflict', () => {
    const input = base();
    input.forced = [{ proposal: 'p2', reviewer: 'r3' }];
    input.conflicts = [{ proposal: 'p2', reviewer: 'r3' }];
    const found = reasons(input);
    assert.ok(found.some((r) => r.code === 'forced_pair_conflicted' && /reviewer r3 .*proposal p2/.test(r.message)));
  });

  it('names more forced pairs than k, forced pairs over the agency limit, and over a reviewer’s capacity', () => {
    const many = base();
    many.forced = [
      { proposal: 'p2', reviewer: 'r1' },
      { proposal: 'p2', reviewer: 'r2' },
      { proposal: 'p2', reviewer: 'r3' },
    ];
    assert.ok(codes(many).includes('too_many_forced'));
    const agency = base();
    agency.forced = [
      { proposal: 'p1', reviewer: 'r2' },
      { proposal: 'p1', reviewer: 'r4' },
    ];
    assert.deepEqual(codes(agency), ['forced_over_agency_limit']);
    const capacity = base();
    capacity.forced = [
      { proposal: 'p1', reviewer: 'r3' },
      { proposal: 'p2', reviewer: 'r3' },
    ];
    assert.ok(codes(capacity).includes('forced_over_capacity'));
  });

  it('names forced pairs that leave no place for a required agency', () => {
    const input = base();
    input.forced = [
      { proposal: 'p1', reviewer: 'r1' },
      { proposal: 'p1', reviewer: 'r3' },
    ];
    const found = reasons(input);
    assert.deepEqual(
      found.map((r) => r.code),
      ['forced_leaves_no_room_for_required_agency'],
    );
    assert.match(found[0]?.message ?? '', /leaving 0 places for the required State/);
  });
});
