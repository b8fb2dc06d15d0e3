import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { findReview } from '../../db/repos/reviews.repo.ts';
import { findUserById } from '../../db/repos/users.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { programSettingsAt } from '../settings/program-settings.ts';
import { loadReviewContext } from './review-access.ts';
import type { MyReviewView } from './review-view.ts';
import { toReviewView } from './review-view.ts';
import { rubricForReview, rubricsOnRecord } from './rubrics.ts';

export const NOT_ASSIGNED =
  'You may review this proposal once its program officer has published your assignment and you have certified that you have no conflict of interest (or it was waived).';

/**
 * The reviewer's own review of a proposal with the rubric it is scored on: the saved draft or submission, or an
 * empty draft on the rubric in force when nothing is saved yet. Only the proposal's active reviewers.
 */
export const getMyReview = async (
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  actor: Actor,
  proposalId: string,
): Promise<Result<MyReviewView>> => {
  const context = await loadReviewContext(deps.db, actor, {
    proposalId,
    action: 'review.own.write',
    refusal: NOT_ASSIGNED,
  });
  if (!context.ok) return context;
  const { proposal } = context.value;
  const saved = await findReview(deps.db, { proposalId, reviewerId: actor.userId });
  const head = {
    id: proposal.id,
    title: proposal.draft.title,
    status: proposal.status,
    consortiumName: proposal.consortiumName,
  };
  if (saved) {
    const rubric = rubricForReview(await rubricsOnRecord(deps.db), saved.rubricVersion);
    if (!rubric.ok) return rubric;
    return ok({
      proposal: head,
      rubric: rubric.value,
      review: toReviewView(saved, rubric.value),
      blindPhaseOver: saved.status === 'submitted',
    });
  }
  const { rubric } = (await programSettingsAt(deps.db, deps.clock())).settings;
  const me = await findUserById(deps.db, actor.userId);
  return ok({
    proposal: head,
    rubric,
    review: {
      id: null,
      proposalId,
      reviewerId: actor.userId,
      reviewerName: actor.name,
      reviewerAgency: me?.agency ?? null,
      rubricVersion: rubric.version,
      scores: {},
      recommendation: null,
      summary: '',
      status: 'draft',
      updatedAt: null,
      submittedAt: null,
      weightedMean: null,
    },
    blindPhaseOver: false,
  });
};
