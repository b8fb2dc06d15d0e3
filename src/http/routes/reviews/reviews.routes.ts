import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { getMyReview } from '../../../services/reviews/get-my-review.ts';
import { listProposalReviews } from '../../../services/reviews/list-proposal-reviews.ts';
import { listReviewDiscussion } from '../../../services/reviews/list-review-discussion.ts';
import { postReviewComment } from '../../../services/reviews/post-review-comment.ts';
import { saveReviewDraft } from '../../../services/reviews/save-review-draft.ts';
import { submitReview } from '../../../services/reviews/submit-review.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import {
  MyReviewResponseSchema,
  ProposalReviewsResponseSchema,
  ReviewCommentRequestSchema,
  ReviewCommentResponseSchema,
  ReviewDiscussionResponseSchema,
  ReviewRequestSchema,
  ReviewSavedSchema,
} from './reviews.schemas.ts';

const mine = createRoute({
  ...guard('review.own.write'),
  method: 'get',
  path: '/api/v1/proposals/{id}/reviews/mine',
  tags: ['reviews'],
  summary:
    'My review of the proposal with the rubric it is scored on (an empty draft before the first save); assigned, certified reviewers',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(MyReviewResponseSchema, 'My review'), ...errorResponses },
});
const saveDraft = createRoute({
  ...guard('review.own.write'),
  method: 'put',
  path: '/api/v1/proposals/{id}/reviews/mine',
  tags: ['reviews'],
  summary:
    'Autosave my draft review (partial scores allowed); 409 once submitted, or when baseUpdatedAt is older than the saved draft',
  request: { params: IdParamSchema, ...jsonBody(ReviewRequestSchema) },
  responses: { 200: jsonContent(ReviewSavedSchema, 'Saved, with its updatedAt'), ...errorResponses },
});
const submit = createRoute({
  ...guard('review.own.write'),
  method: 'post',
  path: '/api/v1/proposals/{id}/reviews/mine/submit',
  tags: ['reviews'],
  summary:
    'Submit my review with its final content (every criterion scored, a recommendation, a summary); frozen afterwards',
  request: { params: IdParamSchema, ...jsonBody(ReviewRequestSchema) },
  responses: { 200: jsonContent(ReviewSavedSchema, 'Submitted'), ...errorResponses },
});
const reviews = createRoute({
  ...guard('review.read'),
  method: 'get',
  path: '/api/v1/proposals/{id}/reviews',
  tags: ['reviews'],
  summary:
    'The submitted reviews of a proposal with aggregates (weighted means, spread and disagreement per criterion, recommendations) and each reviewer’s progress; reviewers only after submitting their own',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ProposalReviewsResponseSchema, 'Reviews'), ...errorResponses },
});
const discussion = createRoute({
  ...guard('review.discuss'),
  method: 'get',
  path: '/api/v1/proposals/{id}/review-discussion',
  tags: ['reviews'],
  summary: 'The review discussion of a proposal, oldest first; reviewers only after submitting their own review',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ReviewDiscussionResponseSchema, 'Discussion'), ...errorResponses },
});
const comment = createRoute({
  ...guard('review.discuss'),
  method: 'post',
  path: '/api/v1/proposals/{id}/review-discussion',
  tags: ['reviews'],
  summary: 'Post to the review discussion of a proposal under review (audited)',
  request: { params: IdParamSchema, ...jsonBody(ReviewCommentRequestSchema) },
  responses: { 201: jsonContent(ReviewCommentResponseSchema, 'Posted'), ...errorResponses },
});

export const registerReviewRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const services = deps.services;
  app.openapi(mine, async (c) =>
    respond(c, await getMyReview(services, c.get('actor'), c.req.valid('param').id), (value) => value),
  );
  app.openapi(saveDraft, async (c) =>
    respond(
      c,
      await saveReviewDraft(services, c.get('actor'), { proposalId: c.req.valid('param').id, ...c.req.valid('json') }),
      (review) => ({ review }),
    ),
  );
  app.openapi(submit, async (c) =>
    respond(
      c,
      await submitReview(services, c.get('actor'), { proposalId: c.req.valid('param').id, ...c.req.valid('json') }),
      (review) => ({ review }),
    ),
  );
  app.openapi(reviews, async (c) =>
    respond(c, await listProposalReviews(services, c.get('actor'), c.req.valid('param').id), (value) => value),
  );
  app.openapi(discussion, async (c) =>
    respond(c, await listReviewDiscussion(services, c.get('actor'), c.req.valid('param').id), (comments) => ({
      comments,
    })),
  );
  app.openapi(comment, async (c) =>
    respond(
      c,
      await postReviewComment(services, c.get('actor'), {
        proposalId: c.req.valid('param').id,
        body: c.req.valid('json').body,
      }),
      (posted) => ({ comment: posted }),
      201,
    ),
  );
};
