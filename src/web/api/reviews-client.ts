/** Typed calls of the reviews API (docs/review.md): my review, a proposal's reviews, the review discussion. */

import { request } from './client.ts';
import type {
  MyReviewResponse,
  ProposalReviewsResponse,
  ReviewCommentResponse,
  ReviewDiscussionResponse,
  ReviewRequest,
  ReviewSaved,
} from './types.ts';

const base = (proposalId: string) => `/api/v1/proposals/${encodeURIComponent(proposalId)}`;

export const reviewsApi = {
  myReview: (proposalId: string) => request<MyReviewResponse>('GET', `${base(proposalId)}/reviews/mine`),
  saveDraft: (proposalId: string, input: ReviewRequest) =>
    request<ReviewSaved>('PUT', `${base(proposalId)}/reviews/mine`, input),
  submit: (proposalId: string, input: ReviewRequest) =>
    request<ReviewSaved>('POST', `${base(proposalId)}/reviews/mine/submit`, input),
  reviews: (proposalId: string) => request<ProposalReviewsResponse>('GET', `${base(proposalId)}/reviews`),
  discussion: (proposalId: string) => request<ReviewDiscussionResponse>('GET', `${base(proposalId)}/review-discussion`),
  postComment: (proposalId: string, body: string) =>
    request<ReviewCommentResponse>('POST', `${base(proposalId)}/review-discussion`, { body }),
};
