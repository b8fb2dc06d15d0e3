import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import {
  deleteAssignment,
  findAssignment,
  publishAssignments,
  setWaiver,
} from '../../db/repos/review-assignments.repo.ts';
import { loadVisibleProposal, notFound, refused } from '../access.ts';
import { notify, proposalLabel } from '../notifications/notify.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { buildReviewPanel, isAssignable, type ProposalReviewPanel } from './proposal-review-panel.ts';
import { conflictsWithProposal } from './review-conflicts.ts';

/** Removes a reviewer from a proposal (published or not); the reviewer loses access to its content at once. */
export const removeAssignment = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { proposalId: string; reviewerId: string },
): Promise<Result<ProposalReviewPanel>> => {
  if (!can(actor, 'review.assign')) return refused('review.assign');
  return inTransaction(deps.db, async (trx) => {
    const loaded = await loadVisibleProposal(trx, actor, input.proposalId, { forUpdate: true });
    if (!loaded.ok) return loaded;
    const assignment = await findAssignment(trx, input.proposalId, input.reviewerId, { forUpdate: true });
    if (!assignment) return notFound('Assignment');
    await deleteAssignment(trx, assignment.id);
    await recordAudit(trx, deps, {
      actor,
      action: 'review.unassign',
      objectType: 'proposal',
      objectId: input.proposalId,
      summary: {
        reviewerId: input.reviewerId,
        certification: assignment.certification,
        published: assignment.publishedAt !== null,
      },
    });
    return ok(await buildReviewPanel(trx, loaded.value, deps.clock()));
  });
};

/**
 * Publishes a proposal's unpublished assignments to their reviewers, who are told in the app and then certify or
 * recuse on their "My assignments" page.
 */
export const publishProposalAssignments = async (
  deps: ServiceDeps,
  actor: Actor,
  proposalId: string,
): Promise<Result<ProposalReviewPanel & { published: string[] }>> => {
  if (!can(actor, 'review.assign')) return refused('review.assign');
  return inTransaction(deps.db, async (trx) => {
    const loaded = await loadVisibleProposal(trx, actor, proposalId, { forUpdate: true });
    if (!loaded.ok) return loaded;
    const proposal = loaded.value;
    if (!isAssignable(proposal.status)) {
      return err(
        appError(
          'conflict',
          `Assignments are published on submitted or under-review proposals; this one is ${proposal.status}.`,
        ),
      );
    }
    const now = deps.clock();
    const published = await publishAssignments(trx, proposal.id, now);
    if (published.length === 0) return err(appError('conflict', 'There is no unpublished assignment to publish.'));
    await recordAudit(trx, deps, {
      actor,
      action: 'review.publish',
      objectType: 'proposal',
      objectId: proposal.id,
      summary: { reviewerIds: published },
    });
    await notify(trx, deps, {
      kind: 'review_assigned',
      title: `You are assigned to review ${proposalLabel(proposal.draft.title)}`,
      body: 'Certify that you have no conflict of interest, or recuse yourself, before reading the proposal.',
      link: '/assignments',
      object: { type: 'proposal', id: proposal.id },
      userIds: published,
      actorUserId: actor.userId,
    });
    return ok({ ...(await buildReviewPanel(trx, proposal, now)), published });
  });
};

/**
 * Waives a computed conflict of interest of an assigned pair, with a written reason (program officers); the
 * reviewer then may certify. Refused when the pair has no computed conflict, or it is already waived.
 */
export const waiveConflict = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { proposalId: string; reviewerId: string; reason: string },
): Promise<Result<ProposalReviewPanel>> => {
  if (!can(actor, 'review.conflict.waive')) return refused('review.conflict.waive');
  const reason = input.reason.trim();
  if (reason.length < 10) {
    return err(
      appError('invalid_input', 'A waiver needs a written reason.', [
        { path: 'reason', message: 'a written reason of at least 10 characters' },
      ]),
    );
  }
  return inTransaction(deps.db, async (trx) => {
    const loaded = await loadVisibleProposal(trx, actor, input.proposalId, { forUpdate: true });
    if (!loaded.ok) return loaded;
    const assignment = await findAssignment(trx, input.proposalId, input.reviewerId, { forUpdate: true });
    if (!assignment) return notFound('Assignment');
    if (assignment.waivedAt !== null) return err(appError('conflict', 'This conflict is already waived.'));
    if (assignment.certification === 'recused') {
      return err(appError('conflict', 'The reviewer recused; a recusal is not waived. Remove the reviewer instead.'));
    }
    const now = deps.clock();
    const conflicts =
      (await conflictsWithProposal(trx, loaded.value, [input.reviewerId], now)).get(input.reviewerId) ?? [];
    if (conflicts.length === 0) return err(appError('conflict', 'This reviewer has no computed conflict to waive.'));
    await setWaiver(trx, assignment.id, { by: actor.userId, reason, at: now });
    await recordAudit(trx, deps, {
      actor,
      action: 'review.conflict.waive',
      objectType: 'proposal',
      objectId: input.proposalId,
      summary: { reviewerId: input.reviewerId, reason, conflicts: conflicts.map((c) => c.reason) },
    });
    return ok(await buildReviewPanel(trx, loaded.value, now));
  });
};
