import { type Recommendation, type ReviewStatus, type Scores, weightedMean } from '../../core/review/reviews.ts';
import type { Rubric } from '../../core/review/rubric.ts';
import type { ReviewRecord } from '../../db/repos/reviews.repo.ts';

/** A review as its reader sees it, with its weighted mean on its rubric (null while a criterion is unscored). */
export type ReviewView = {
  id: string | null;
  proposalId: string;
  reviewerId: string;
  reviewerName: string;
  reviewerAgency: string | null;
  rubricVersion: number;
  scores: Scores;
  recommendation: Recommendation | null;
  summary: string;
  status: ReviewStatus;
  /** when the review was last saved; null before its first save */
  updatedAt: string | null;
  submittedAt: string | null;
  weightedMean: number | null;
};

export const toReviewView = (review: ReviewRecord, rubric: Rubric): ReviewView => ({
  id: review.id,
  proposalId: review.proposalId,
  reviewerId: review.reviewerId,
  reviewerName: review.reviewerName,
  reviewerAgency: review.reviewerAgency,
  rubricVersion: review.rubricVersion,
  scores: review.scores,
  recommendation: review.recommendation,
  summary: review.summary,
  status: review.status,
  updatedAt: review.updatedAt.toISOString(),
  submittedAt: review.submittedAt?.toISOString() ?? null,
  weightedMean: weightedMean(rubric, review.scores),
});

/** The reviewer's own review page: the proposal, the rubric to score on and the review (an empty draft before any save). */
export type MyReviewView = {
  proposal: { id: string; title: string; status: string; consortiumName: string };
  rubric: Rubric;
  review: ReviewView;
  /** the reviewer submitted: the others' reviews and the discussion are open to them */
  blindPhaseOver: boolean;
};
