import type { Kysely } from 'kysely';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import {
  type Recommendation,
  type ReviewContent,
  type Scores,
  validateDraft,
  validateSubmission,
  weightedMean,
} from '../../core/review/reviews.ts';
import { findReview, insertReview, updateDraftReview } from '../../db/repos/reviews.repo.ts';
import type { Database } from '../../db/schema.ts';
import { notify, proposalLabel } from '../notifications/notify.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { programSettingsAt } from '../settings/program-settings.ts';
import { NOT_ASSIGNED } from './get-my-review.ts';
import { checkReviewable, isExpectedAssignment, loadReviewContext, type ReviewContext } from './review-access.ts';
import { type ReviewView, toReviewView } from './review-view.ts';
import { rubricForReview, rubricsOnRecord } from './rubrics.ts';

/** What the reviewer sends: the review's content and, for the stale check, the updatedAt they last saw. */
export type ReviewInput = {
  scores: Scores;
  recommendation: Recommendation | null;
  summary: string;
  /**
   * the review's updatedAt as the caller last read it (null: not saved yet). Given, a save over a newer version
   * (another tab or device) is refused with `conflict`; left out, the last write wins.
   */
  baseUpdatedAt?: string | null;
};

/**
 * Saves the reviewer's draft, or submits it (`submit`), in one transaction: the reviewer must be an active
 * reviewer of a proposal still under review; a submitted review never changes; the stale check compares
 * updatedAt; the content is checked against the review's rubric (the rubric in force for a first save). A new
 * draft and a submission are audited; the program officers are told when the last expected review is in.
 */
export const writeReview = async (
  deps: ServiceDeps,
  actor: Actor,
  input: ReviewInput & { proposalId: string; submit: boolean },
): Promise<Result<ReviewView>> =>
  inTransaction(deps.db, async (trx) => {
    const context = await loadReviewContext(trx, actor, {
      proposalId: input.proposalId,
      action: 'review.own.write',
      refusal: NOT_ASSIGNED,
      forUpdate: true,
    });
    if (!context.ok) return context;
    const { proposal } = context.value;
    const open = checkReviewable(proposal);
    if (!open.ok) return open;
    const key = { proposalId: proposal.id, reviewerId: actor.userId };
    const existing = await findReview(trx, key, { forUpdate: true });
    if (existing?.status === 'submitted')
      return err(
        appError(
          'conflict',
          `You submitted this review on ${existing.submittedAt?.toISOString() ?? 'an earlier date'}; a submitted review no longer changes.`,
          { status: 'submitted', updatedAt: existing.updatedAt.toISOString() },
        ),
      );
    const current = existing?.updatedAt.toISOString() ?? null;
    if (input.baseUpdatedAt !== undefined && input.baseUpdatedAt !== current)
      return err(
        appError(
          'conflict',
          'This review was saved elsewhere (another tab or device) since you opened it; reload it before saving again.',
          { status: 'stale', updatedAt: current },
        ),
      );
    const rubric = existing
      ? rubricForReview(await rubricsOnRecord(trx), existing.rubricVersion)
      : ok((await programSettingsAt(trx, deps.clock())).settings.rubric);
    if (!rubric.ok) return rubric;
    const content: ReviewContent = {
      scores: input.scores,
      recommendation: input.recommendation,
      summary: input.summary,
    };
    const valid = input.submit ? validateSubmission(rubric.value, content) : validateDraft(rubric.value, content);
    if (!valid.ok) return valid;
    const now = deps.clock();
    const write = {
      ...valid.value,
      status: input.submit ? ('submitted' as const) : ('draft' as const),
      updatedAt: now,
      submittedAt: input.submit ? now : null,
    };
    const id = existing?.id ?? deps.newId();
    if (existing) {
      if (!(await updateDraftReview(trx, existing.id, write)))
        return err(appError('conflict', 'The review was submitted meanwhile; a submitted review no longer changes.'));
    } else {
      await insertReview(trx, { ...write, id, ...key, rubricVersion: rubric.value.version });
    }
    if (!existing || input.submit)
      await recordAudit(trx, deps, {
        actor,
        action: input.submit ? 'review.submit' : 'review.draft.start',
        objectType: 'review',
        objectId: id,
        summary: {
          proposalId: proposal.id,
          rubricVersion: rubric.value.version,
          ...(input.submit
            ? {
                scores: write.scores,
                recommendation: write.recommendation,
                weightedMean: weightedMean(rubric.value, write.scores),
                summarySha256: deps.sha256(write.summary),
              }
            : {}),
        },
      });
    if (input.submit) await tellWhenComplete(trx, deps, actor, context.value);
    const saved = await findReview(trx, key);
    return saved ? ok(toReviewView(saved, rubric.value)) : err(appError('internal_error', 'The review was not saved.'));
  });

/** Once every expected reviewer of the proposal has submitted, the program officers are told (in the same transaction). */
const tellWhenComplete = async (
  trx: Kysely<Database>,
  deps: ServiceDeps,
  actor: Actor,
  context: ReviewContext,
): Promise<void> => {
  const expected = context.assignments.filter(isExpectedAssignment).map((a) => a.reviewerId);
  const submitted = new Set([...context.submittedReviewerIds, actor.userId]);
  if (expected.length === 0 || !expected.every((id) => submitted.has(id))) return;
  const { proposal } = context;
  await notify(trx, deps, {
    kind: 'reviews_complete',
    title: `All ${expected.length} reviews of ${proposalLabel(proposal.draft.title)} are in`,
    body: 'Every assigned reviewer has submitted: the aggregates and recommendations are on the proposal page.',
    link: `/proposals/${proposal.id}`,
    object: { type: 'proposal', id: proposal.id },
    actorUserId: actor.userId,
  });
};
