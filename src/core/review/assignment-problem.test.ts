import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FieldError } from '../kernel/errors.ts';
import { formatIssuePath, indexProblem, parseAssignmentProblem } from './assignment-problem.ts';

const valid = () => ({
  reviewersPerProposal: 2,
  maxPerAgency: 1,
  proposals: [{ id: 'p1', requiredAgencies: ['State'] }, { id: 'p2' }],
  reviewers: [
    { id: 'r1', agency: 'Commerce', minLoad: 0, maxLoad: 2 },
    { id: 'r2', agency: 'State', maxLoad: 2 },
    { id: 'r3', agency: 'Energy', maxLoad: 1 },
    { id: 'r4', agency: 'State', maxLoad: 1 },
  ],
  affinity: [{ proposal: 'p1', reviewer: 'r1', score: 0.73 }],
  conflicts: [{ proposal: 'p2', reviewer: 'r2' }],
  forced: [{ proposal: 'p1', reviewer: 'r3' }],
});

const paths = (input: unknown): string[] => {
  const result = parseAssignmentProblem(input);
  assert.equal(result.ok, false);
  if (result.ok) return [];
  assert.equal(result.error.code, 'invalid_input');
  return (result.error.details as FieldError[]).map((d) => d.path);
};

describe('parseAssignmentProblem', () => {
  it('accepts the issue example shape and fills the optional fields', () => {
    const input = valid();
    delete (input.proposals[1] as { requiredAgencies?: string[] }).requiredAgencies;
    const result = parseAssignmentProblem({ ...input, conflicts: undefined, forced: undefined });
    assert.ok(result.ok);
    assert.deepEqual(result.value.proposals[1]?.requiredAgencies, []);
    assert.equal(result.value.reviewers[1]?.minLoad, 0);
    assert.deepEqual(result.value.conflicts, []);
    assert.deepEqual(result.value.forced, []);
  });

  it('names the field of a bad value, e.g. reviewers[3].maxLoad', () => {
    const input = valid();
    (input.reviewers[3] as { maxLoad: unknown }).maxLoad = -1;
    assert.deepEqual(paths(input), ['reviewers[3].maxLoad']);
    (input.reviewers[3] as { maxLoad: unknown }).maxLoad = 'six';
    assert.deepEqual(paths(input), ['reviewers[3].maxLoad']);
    assert.match(
      (parseAssignmentProblem(input) as { error: { message: string } }).error.message,
      /reviewers\[3\]\.maxLoad/,
    );
  });

  it('names a missing required field and an unknown key (a typo)', () => {
    const { reviewersPerProposal: _, ...rest } = valid();
    assert.deepEqual(paths(rest), ['reviewersPerProposal']);
    const typo = valid();
    (typo.reviewers[0] as Record<string, unknown>).maxload = 3;
    assert.deepEqual(paths(typo), ['reviewers[0]']);
    assert.deepEqual(paths({ ...valid(), affinity: undefined }), ['affinity']);
  });

  it('refuses minLoad above maxLoad, duplicate ids, unknown ids and pairs given twice', () => {
    const input = valid();
    input.reviewers[2] = { id: 'r3', agency: 'Energy', minLoad: 3, maxLoad: 1 };
    input.proposals.push({ id: 'p1' } as { id: string; requiredAgencies: string[] });
    input.affinity.push({ proposal: 'p9', reviewer: 'r1', score: 1 }, { proposal: 'p1', reviewer: 'r1', score: 0.1 });
    input.conflicts.push({ proposal: 'p1', reviewer: 'r9' });
    input.forced.push({ proposal: 'p1', reviewer: 'r3' });
    assert.deepEqual(paths(input).sort(), [
      'affinity[1].proposal',
      'affinity[2]',
      'conflicts[1].reviewer',
      'forced[1]',
      'proposals[2].id',
      'reviewers[2].minLoad',
    ]);
  });

  it('refuses k below 1, a fractional maxPerAgency and an empty proposal list', () => {
    assert.deepEqual(paths({ ...valid(), reviewersPerProposal: 0, maxPerAgency: 1.5, proposals: [] }).sort(), [
      'maxPerAgency',
      'proposals',
      'reviewersPerProposal',
    ]);
  });
});

describe('formatIssuePath', () => {
  it('writes array indices in brackets and keys with dots', () => {
    assert.equal(formatIssuePath(['reviewers', 3, 'maxLoad']), 'reviewers[3].maxLoad');
    assert.equal(formatIssuePath(['affinity', 0]), 'affinity[0]');
    assert.equal(formatIssuePath([]), '');
  });
});

describe('indexProblem', () => {
  it('answers scores (0 when not given), conflicts, forced pairs and agencies by index', () => {
    const parsed = parseAssignmentProblem(valid());
    assert.ok(parsed.ok);
    const ix = indexProblem(parsed.value);
    assert.equal(ix.score(0, 0), 0.73);
    assert.equal(ix.score(1, 0), 0);
    assert.equal(ix.conflicted(1, 1), true);
    assert.equal(ix.conflicted(0, 1), false);
    assert.deepEqual(ix.forcedByProposal, [[2], []]);
    assert.equal(ix.isForced(0, 2), true);
    assert.deepEqual(ix.agencies, ['Commerce', 'State', 'Energy']);
    assert.deepEqual(ix.requiredAgencies, [[1], []]);
  });
});
