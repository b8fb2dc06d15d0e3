import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { aggregateReviews, type ReviewAggregates, type SubmittedReview } from '../../core/review/reviews.ts';
import type { Rubric } from '../../core/review/rubric.ts';
import { listReviews } from '../../db/repos/reviews.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { isActiveAssignment, loadReviewContext } from './review-access.ts';
import { type ReviewView, toReviewView } from './review-view.ts';
import { rubricForReview, rubricsOnRecord } from './rubrics.ts';

/** Where one assigned reviewer stands. */
export type ReviewProgressState = 'awaiting_certification' | 'recused' | 'not_started' | 'draft' | 'submitted';

export type ProposalReviews = {
  proposalId: string;
  /** the submitted reviews, oldest submission first (drafts are their reviewers' alone) */
  reviews: ReviewView[];
  /** the rubric versions the reviews were scored on, newest first */
  rubrics: Rubric[];
  aggregates: ReviewAggregates;
  /** each published assignment and where its reviewer stands */
  progress: { reviewerId: string; reviewerName: string; state: ReviewProgressState }[];
  /** every reviewer expected to review has submitted (false while none is assigned) */
  complete: boolean;
};

const BLIND =
  'The others’ reviews open once you have submitted your own (blind phase). Program officers and decision makers read them at any time.';

/**
 * A proposal's submitted reviews with their aggregates and each assigned reviewer's progress: program officers
 * and decision makers at any time, an assigned reviewer only after submitting their own; never applicants.
 */
export const listProposalReviews = async (
  deps: Pick<ServiceDeps, 'db'>,
  actor: Actor,
  proposalId: string,
): Promise<Result<ProposalReviews>> => {
  const context = await loadReviewContext(deps.db, actor, { proposalId, action: 'review.read', refusal: BLIND });
  if (!context.ok) return context;
  const all = await listReviews(deps.db, proposalId);
  const rubrics = await rubricsOnRecord(deps.db);
  const reviews: ReviewView[] = [];
  const submitted: SubmittedReview[] = [];
  const used = new Map<number, Rubric>();
  for (const review of all) {
    if (review.status !== 'submitted' || review.recommendation === null) continue;
    const rubric = rubricForReview(rubrics, review.rubricVersion);
    if (!rubric.ok) return rubric;
    used.set(rubric.value.version, rubric.value);
    reviews.push(toReviewView(review, rubric.value));
    submitted.push({
      reviewerId: review.reviewerId,
      rubric: rubric.value,
      scores: review.scores,
      recommendation: review.recommendation,
    });
  }
  const byReviewer = new Map(all.map((r) => [r.reviewerId, r.status]));
  const progress = context.value.assignments.map((a) => {
    const status = byReviewer.get(a.reviewerId);
    const state: ReviewProgressState = !isActiveAssignment(a)
      ? a.certification === 'recused'
        ? 'recused'
        : 'awaiting_certification'
      : (status ?? 'not_started');
    return { reviewerId: a.reviewerId, reviewerName: a.reviewerName, state };
  });
  const expected = progress.filter((p) => p.state !== 'recused');
  return ok({
    proposalId,
    reviews,
    rubrics: [...used.values()].sort((a, b) => b.version - a.version),
    aggregates: aggregateReviews(submitted),
    progress,
    complete: expected.length > 0 && expected.every((p) => p.state === 'submitted'),
  });
};
