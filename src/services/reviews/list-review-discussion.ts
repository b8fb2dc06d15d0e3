import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { listReviewComments } from '../../db/repos/reviews.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { loadReviewContext } from './review-access.ts';
import { AFTER_OWN_REVIEW, type ReviewCommentView, toCommentView } from './review-comment-view.ts';

/** A proposal's review discussion, oldest first: its reviewers after their own submission, program officers, decision makers. */
export const listReviewDiscussion = async (
  deps: Pick<ServiceDeps, 'db'>,
  actor: Actor,
  proposalId: string,
): Promise<Result<ReviewCommentView[]>> => {
  const context = await loadReviewContext(deps.db, actor, {
    proposalId,
    action: 'review.discuss',
    refusal: AFTER_OWN_REVIEW,
  });
  if (!context.ok) return context;
  return ok((await listReviewComments(deps.db, proposalId)).map(toCommentView));
};
