import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { insertReviewComment, listReviewComments } from '../../db/repos/reviews.repo.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { checkReviewable, loadReviewContext } from './review-access.ts';
import { AFTER_OWN_REVIEW, MAX_COMMENT_LENGTH, type ReviewCommentView, toCommentView } from './review-comment-view.ts';

/** Posts a message to a proposal's review discussion while the proposal is under review; audited. */
export const postReviewComment = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { proposalId: string; body: string },
): Promise<Result<ReviewCommentView>> =>
  inTransaction(deps.db, async (trx) => {
    const context = await loadReviewContext(trx, actor, {
      proposalId: input.proposalId,
      action: 'review.discuss',
      refusal: AFTER_OWN_REVIEW,
      forUpdate: true,
    });
    if (!context.ok) return context;
    const open = checkReviewable(context.value.proposal);
    if (!open.ok) return open;
    const body = input.body.trim();
    if (body.length === 0 || body.length > MAX_COMMENT_LENGTH)
      return err(
        appError('invalid_input', 'Write a message.', [
          { path: 'body', message: `write a message of 1 to ${MAX_COMMENT_LENGTH} characters` },
        ]),
      );
    const id = deps.newId();
    const createdAt = deps.clock();
    await insertReviewComment(trx, { id, proposalId: input.proposalId, authorId: actor.userId, body, createdAt });
    await recordAudit(trx, deps, {
      actor,
      action: 'review.comment',
      objectType: 'review_comment',
      objectId: id,
      summary: { proposalId: input.proposalId, length: body.length, bodySha256: deps.sha256(body) },
    });
    const saved = (await listReviewComments(trx, input.proposalId)).find((c) => c.id === id);
    return saved ? ok(toCommentView(saved)) : err(appError('internal_error', 'The message was not saved.'));
  });
