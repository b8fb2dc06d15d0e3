import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { aggregateReviews, type ReviewContent, validateDraft, validateSubmission, weightedMean } from './reviews.ts';
import type { Rubric } from './rubric.ts';

const anchors = { '1': 'poor one', '2': 'weak two', '3': 'fair three', '4': 'good four', '5': 'best five' };
const rubric: Rubric = {
  version: 3,
  criteria: [
    { key: 'stack', title: 'Stack', weight: 3, anchors },
    { key: 'security', title: 'Security', weight: 1, anchors },
  ],
};
const SUMMARY = 'A complete package with a sound security plan.';

const paths = (result: ReturnType<typeof validateDraft>): string[] =>
  result.ok ? [] : ((result.error.details as { path: string }[]) ?? []).map((d) => d.path);

describe('validateDraft', () => {
  it('accepts a partial draft: some scores, no recommendation, an empty summary', () => {
    const draft: ReviewContent = { scores: { stack: 4 }, recommendation: null, summary: '' };
    assert.deepEqual(validateDraft(rubric, draft), { ok: true, value: draft });
  });

  it('refuses a score outside 1–5, a fraction and a criterion the rubric does not have', () => {
    const result = validateDraft(rubric, {
      scores: { stack: 6, security: 2.5, vibes: 3 },
      recommendation: null,
      summary: '',
    });
    assert.deepEqual(paths(result), ['scores.stack', 'scores.security', 'scores.vibes']);
    assert.equal(result.ok ? '' : result.error.code, 'invalid_input');
  });
});

describe('validateSubmission', () => {
  it('names every missing piece: unscored criteria, the recommendation and a summary', () => {
    const result = validateSubmission(rubric, { scores: { stack: 4 }, recommendation: null, summary: ' short ' });
    assert.deepEqual(paths(result), ['scores.security', 'recommendation', 'summary']);
  });

  it('accepts a complete review and trims its summary', () => {
    const result = validateSubmission(rubric, {
      scores: { stack: 4, security: 5 },
      recommendation: 'designate',
      summary: `  ${SUMMARY}\n`,
    });
    assert.deepEqual(result, {
      ok: true,
      value: { scores: { stack: 4, security: 5 }, recommendation: 'designate', summary: SUMMARY },
    });
  });
});

describe('weightedMean', () => {
  it('weighs each score by its criterion’s weight', () => {
    assert.equal(weightedMean(rubric, { stack: 4, security: 2 }), (3 * 4 + 1 * 2) / 4);
  });
  it('has none while a criterion is unscored', () => {
    assert.equal(weightedMean(rubric, { stack: 4 }), null);
  });
});

describe('aggregateReviews', () => {
  const review = (
    reviewerId: string,
    stack: number,
    security: number,
    recommendation: 'designate' | 'decline' | 'return',
  ) => ({
    reviewerId,
    rubric,
    scores: { stack, security },
    recommendation,
  });

  it('flags a criterion whose scores spread by exactly 2, and not one spread by 1', () => {
    const aggregates = aggregateReviews([review('r1', 3, 4, 'designate'), review('r2', 5, 5, 'designate')]);
    const [stack, security] = aggregates.criteria;
    assert.deepEqual([stack?.key, stack?.spread, stack?.disagreement], ['stack', 2, true]);
    assert.deepEqual([security?.key, security?.spread, security?.disagreement], ['security', 1, false]);
    assert.equal(aggregates.disagreement, true);
  });

  it('computes each reviewer’s weighted mean, the proposal’s and the recommendation tally', () => {
    const aggregates = aggregateReviews([
      review('r1', 4, 2, 'designate'),
      review('r2', 2, 2, 'decline'),
      review('r3', 4, 4, 'designate'),
    ]);
    assert.deepEqual(
      aggregates.reviewers.map((r) => [r.reviewerId, r.weightedMean]),
      [
        ['r1', 3.5],
        ['r2', 2],
        ['r3', 4],
      ],
    );
    assert.equal(aggregates.proposalMean, (3.5 + 2 + 4) / 3);
    assert.deepEqual(aggregates.recommendations, { designate: 2, decline: 1, return: 0 });
    assert.deepEqual(aggregates.criteria[0]?.scores, [4, 2, 4]);
    assert.equal(aggregates.criteria[0]?.mean, 10 / 3);
    assert.equal(aggregates.count, 3);
  });

  it('has no means and no flags without reviews, and no spread flag for a single review', () => {
    const none = aggregateReviews([]);
    assert.deepEqual([none.count, none.proposalMean, none.disagreement, none.criteria], [0, null, false, []]);
    const one = aggregateReviews([review('r1', 1, 5, 'return')]);
    assert.deepEqual(
      one.criteria.map((c) => [c.spread, c.disagreement]),
      [
        [0, false],
        [0, false],
      ],
    );
  });

  it('compares reviews scored on different rubric versions criterion by criterion', () => {
    const v4: Rubric = { version: 4, criteria: [{ key: 'stack', title: 'Full stack', weight: 1, anchors }] };
    const aggregates = aggregateReviews([
      review('r1', 2, 3, 'return'),
      { reviewerId: 'r2', rubric: v4, scores: { stack: 5 }, recommendation: 'designate' },
    ]);
    assert.deepEqual(
      aggregates.criteria.map((c) => [c.key, c.title, c.scores, c.disagreement]),
      [
        ['stack', 'Full stack', [2, 5], true],
        ['security', 'Security', [3], false],
      ],
    );
    assert.deepEqual(
      aggregates.reviewers.map((r) => r.weightedMean),
      [(3 * 2 + 3) / 4, 5],
    );
  });
});
