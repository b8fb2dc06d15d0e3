import { appError, type FieldError } from '../kernel/errors.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { RUBRIC_LEVELS, type Rubric } from './rubric.ts';

/** What a reviewer recommends to the decision maker. */
export const RECOMMENDATIONS = ['designate', 'decline', 'return'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** A review is a draft (autosaved, editable) until submitted; then it is frozen. */
export const REVIEW_STATUSES = ['draft', 'submitted'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** Scores by criterion key, each a level of the 1–5 scale. */
export type Scores = Record<string, number>;

/** What a reviewer writes: scores (a draft may leave criteria out), a recommendation, a summary. */
export type ReviewContent = { scores: Scores; recommendation: Recommendation | null; summary: string };

/** The longest summary (characters). */
export const MAX_SUMMARY_LENGTH = 20_000;
/** The shortest summary a submission accepts (characters, after trimming). */
export const MIN_SUBMITTED_SUMMARY_LENGTH = 20;
/** A criterion whose scores spread by this much or more is flagged as disagreement. */
export const DISAGREEMENT_SPREAD = 2;

const invalid = (message: string, details: FieldError[]) => err(appError('invalid_input', message, details));

const scoreProblems = (rubric: Rubric, scores: Scores): FieldError[] => {
  const keys = new Set(rubric.criteria.map((c) => c.key));
  const problems: FieldError[] = [];
  for (const [key, value] of Object.entries(scores)) {
    if (!keys.has(key))
      problems.push({ path: `scores.${key}`, message: `not a criterion of rubric version ${rubric.version}` });
    else if (!(RUBRIC_LEVELS as readonly number[]).includes(value))
      problems.push({ path: `scores.${key}`, message: 'must be a whole score from 1 to 5' });
  }
  return problems;
};

/**
 * A draft as it may be saved: any subset of the rubric's criteria scored 1–5, the recommendation optional, the
 * summary of any length up to the limit. Returns the draft with its summary as typed.
 */
export const validateDraft = (rubric: Rubric, draft: ReviewContent): Result<ReviewContent> => {
  const problems = scoreProblems(rubric, draft.scores);
  if (draft.summary.length > MAX_SUMMARY_LENGTH)
    problems.push({ path: 'summary', message: `must be ${MAX_SUMMARY_LENGTH} characters or fewer` });
  if (problems.length > 0) return invalid('The draft has errors.', problems);
  return ok(draft);
};

/**
 * A review as it may be submitted: every criterion of its rubric scored 1–5, a recommendation, and a summary of
 * at least MIN_SUBMITTED_SUMMARY_LENGTH characters. Each missing piece is one field error.
 */
export const validateSubmission = (rubric: Rubric, review: ReviewContent): Result<ReviewContent> => {
  const problems = scoreProblems(rubric, review.scores);
  for (const criterion of rubric.criteria)
    if (review.scores[criterion.key] === undefined)
      problems.push({ path: `scores.${criterion.key}`, message: `score “${criterion.title}” from 1 to 5` });
  if (review.recommendation === null)
    problems.push({ path: 'recommendation', message: 'choose a recommendation: designate, decline or return' });
  const summary = review.summary.trim();
  if (summary.length < MIN_SUBMITTED_SUMMARY_LENGTH)
    problems.push({
      path: 'summary',
      message: `write a summary of at least ${MIN_SUBMITTED_SUMMARY_LENGTH} characters`,
    });
  if (review.summary.length > MAX_SUMMARY_LENGTH)
    problems.push({ path: 'summary', message: `must be ${MAX_SUMMARY_LENGTH} characters or fewer` });
  if (problems.length > 0)
    return invalid('The review is not complete; fix the fields named before submitting.', problems);
  return ok({ ...review, summary });
};

/**
 * The weighted mean of a review's scores on its rubric: Σ weight × score / Σ weight over the criteria. Null
 * unless every criterion is scored (a partial draft has no mean).
 */
export const weightedMean = (rubric: Rubric, scores: Scores): number | null => {
  let total = 0;
  let weights = 0;
  for (const criterion of rubric.criteria) {
    const score = scores[criterion.key];
    if (score === undefined) return null;
    total += criterion.weight * score;
    weights += criterion.weight;
  }
  return weights > 0 ? total / weights : null;
};

/** A submitted review as the aggregates read it. */
export type SubmittedReview = {
  reviewerId: string;
  rubric: Rubric;
  scores: Scores;
  recommendation: Recommendation;
};

export type CriterionAggregate = {
  key: string;
  title: string;
  weight: number;
  /** the scores given, in the order of the reviews */
  scores: number[];
  mean: number | null;
  min: number | null;
  max: number | null;
  /** max − min (0 with one score, null with none) */
  spread: number | null;
  /** the scores spread by DISAGREEMENT_SPREAD or more: the reviewers should talk it through */
  disagreement: boolean;
};

export type ReviewAggregates = {
  /** submitted reviews counted */
  count: number;
  /** each reviewer's weighted mean on the rubric their review was scored on */
  reviewers: { reviewerId: string; weightedMean: number | null; recommendation: Recommendation }[];
  /** the proposal's weighted mean: the mean of the reviewers' weighted means (null without reviews) */
  proposalMean: number | null;
  criteria: CriterionAggregate[];
  /** how many reviewers recommend each outcome */
  recommendations: Record<Recommendation, number>;
  /** at least one criterion is flagged */
  disagreement: boolean;
};

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

/**
 * The aggregates of a proposal's submitted reviews: each reviewer's weighted mean, the proposal's, per criterion
 * the scores with mean, spread and a disagreement flag (spread ≥ 2), and the recommendation tally. Reviews
 * scored on different rubric versions are compared criterion by criterion, by key (titles and weights of the
 * newest version).
 */
export const aggregateReviews = (reviews: readonly SubmittedReview[]): ReviewAggregates => {
  const reviewers = reviews.map((r) => ({
    reviewerId: r.reviewerId,
    weightedMean: weightedMean(r.rubric, r.scores),
    recommendation: r.recommendation,
  }));
  const newestFirst = [...reviews].sort((a, b) => b.rubric.version - a.rubric.version);
  const criteriaByKey = new Map<string, { key: string; title: string; weight: number }>();
  for (const review of [...newestFirst].reverse())
    for (const c of review.rubric.criteria) criteriaByKey.set(c.key, { key: c.key, title: c.title, weight: c.weight });
  const order = [...new Set(newestFirst.flatMap((r) => r.rubric.criteria.map((c) => c.key)))];
  const criteria = order.map((key): CriterionAggregate => {
    const criterion = criteriaByKey.get(key) ?? { key, title: key, weight: 0 };
    const scores = reviews.flatMap((r) => (r.scores[key] === undefined ? [] : [r.scores[key] as number]));
    const min = scores.length > 0 ? Math.min(...scores) : null;
    const max = scores.length > 0 ? Math.max(...scores) : null;
    const spread = min === null || max === null ? null : max - min;
    return {
      ...criterion,
      scores,
      mean: mean(scores),
      min,
      max,
      spread,
      disagreement: spread !== null && spread >= DISAGREEMENT_SPREAD,
    };
  });
  const recommendations: Record<Recommendation, number> = { designate: 0, decline: 0, return: 0 };
  for (const r of reviews) recommendations[r.recommendation] += 1;
  const means = reviewers.flatMap((r) => (r.weightedMean === null ? [] : [r.weightedMean]));
  return {
    count: reviews.length,
    reviewers,
    proposalMean: mean(means),
    criteria,
    recommendations,
    disagreement: criteria.some((c) => c.disagreement),
  };
};
