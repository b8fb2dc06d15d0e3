import { z } from '@hono/zod-openapi';
import { MAX_SUMMARY_LENGTH, RECOMMENDATIONS, REVIEW_STATUSES } from '../../../core/review/reviews.ts';
import { RubricSchema } from '../../../core/review/rubric.ts';

/** Wire schemas of reviews: the reviewer's own review, a proposal's reviews with aggregates, the discussion. */
const ScoreSchema = z
  .number({ error: 'must be a whole score from 1 to 5' })
  .int('must be a whole score from 1 to 5')
  .min(1, 'must be a whole score from 1 to 5')
  .max(5, 'must be a whole score from 1 to 5');

export const ReviewRequestSchema = z
  .object({
    /** criterion key → score 1–5; a draft may leave criteria out, a submission scores them all */
    scores: z.record(z.string().max(40), ScoreSchema).default({}),
    recommendation: z.enum(RECOMMENDATIONS).nullable().default(null),
    summary: z.string().max(MAX_SUMMARY_LENGTH, `must be ${MAX_SUMMARY_LENGTH} characters or fewer`).default(''),
    /**
     * the review's updatedAt as last read (null: never saved). Given, a save over a newer version answers 409
     * conflict with details { status: 'stale', updatedAt }; left out, the last write wins.
     */
    baseUpdatedAt: z.string().max(40).nullable().optional(),
  })
  .openapi('ReviewRequest');

export const ReviewSchema = z
  .object({
    id: z.string().nullable(),
    proposalId: z.string(),
    reviewerId: z.string(),
    reviewerName: z.string(),
    reviewerAgency: z.string().nullable(),
    rubricVersion: z.number().int(),
    scores: z.record(z.string(), z.number()),
    recommendation: z.enum(RECOMMENDATIONS).nullable(),
    summary: z.string(),
    status: z.enum(REVIEW_STATUSES),
    /** when last saved; null before the first save */
    updatedAt: z.string().nullable(),
    submittedAt: z.string().nullable(),
    /** Σ weight × score / Σ weight on the review's rubric; null while a criterion is unscored */
    weightedMean: z.number().nullable(),
  })
  .openapi('Review');

export const MyReviewResponseSchema = z.object({
  proposal: z.object({ id: z.string(), title: z.string(), status: z.string(), consortiumName: z.string() }),
  rubric: RubricSchema,
  review: ReviewSchema,
  /** the reviewer has submitted: the others' reviews and the discussion are open to them */
  blindPhaseOver: z.boolean(),
});
export const ReviewSavedSchema = z.object({ review: ReviewSchema });

const RecommendationTallySchema = z.object({
  designate: z.number().int(),
  decline: z.number().int(),
  return: z.number().int(),
});

export const ReviewAggregatesSchema = z
  .object({
    count: z.number().int(),
    reviewers: z.array(
      z.object({
        reviewerId: z.string(),
        weightedMean: z.number().nullable(),
        recommendation: z.enum(RECOMMENDATIONS),
      }),
    ),
    proposalMean: z.number().nullable(),
    criteria: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        weight: z.number(),
        scores: z.array(z.number()),
        mean: z.number().nullable(),
        min: z.number().nullable(),
        max: z.number().nullable(),
        spread: z.number().nullable(),
        /** the scores on this criterion spread by 2 or more */
        disagreement: z.boolean(),
      }),
    ),
    recommendations: RecommendationTallySchema,
    disagreement: z.boolean(),
  })
  .openapi('ReviewAggregates');

export const ProposalReviewsResponseSchema = z.object({
  proposalId: z.string(),
  reviews: z.array(ReviewSchema),
  rubrics: z.array(RubricSchema),
  aggregates: ReviewAggregatesSchema,
  progress: z.array(
    z.object({
      reviewerId: z.string(),
      reviewerName: z.string(),
      state: z.enum(['awaiting_certification', 'recused', 'not_started', 'draft', 'submitted']),
    }),
  ),
  complete: z.boolean(),
});

export const ReviewCommentSchema = z
  .object({
    id: z.string(),
    authorId: z.string(),
    authorName: z.string(),
    authorRole: z.string(),
    authorAgency: z.string().nullable(),
    body: z.string(),
    createdAt: z.string(),
  })
  .openapi('ReviewComment');
export const ReviewDiscussionResponseSchema = z.object({ comments: z.array(ReviewCommentSchema) });
export const ReviewCommentRequestSchema = z.object({
  body: z.string().trim().min(1, 'write a message').max(10_000, 'must be 10000 characters or fewer'),
});
export const ReviewCommentResponseSchema = z.object({ comment: ReviewCommentSchema });

export type ReviewRequest = z.infer<typeof ReviewRequestSchema>;
export type ReviewItem = z.infer<typeof ReviewSchema>;
export type MyReviewResponse = z.infer<typeof MyReviewResponseSchema>;
export type ReviewSaved = z.infer<typeof ReviewSavedSchema>;
export type ReviewAggregatesItem = z.infer<typeof ReviewAggregatesSchema>;
export type ProposalReviewsResponse = z.infer<typeof ProposalReviewsResponseSchema>;
export type ReviewCommentItem = z.infer<typeof ReviewCommentSchema>;
export type ReviewDiscussionResponse = z.infer<typeof ReviewDiscussionResponseSchema>;
export type ReviewCommentRequest = z.infer<typeof ReviewCommentRequestSchema>;
export type ReviewCommentResponse = z.infer<typeof ReviewCommentResponseSchema>;
