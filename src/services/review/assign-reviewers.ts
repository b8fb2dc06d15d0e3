import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import type { AssignmentSource } from '../../core/review/assignment.ts';
import { findAssignment, insertAssignments } from '../../db/repos/review-assignments.repo.ts';
import { listReviewers } from '../../db/repos/reviewers.repo.ts';
import { loadVisibleProposal, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { buildReviewPanel, isAssignable, type ProposalReviewPanel } from './proposal-review-panel.ts';
import { conflictsWithProposal } from './review-conflicts.ts';

export type AssignmentRequest = {
  reviewerId: string;
  source: AssignmentSource;
  /** the pair's affinity, when a solver gave one */
  score?: number | null;
  /** the written reason a program officer waives the pair's computed conflict with */
  waiverReason?: string | undefined;
};

/**
 * Assigns reviewers to a submitted or under-review proposal, unpublished and pending their certification: every
 * pair or none. Refused for a pair that is already assigned, a user who is not an active reviewer, and a pair
 * with a computed conflict of interest unless a program officer waives it in the same request with a reason.
 * Used by the manual panel (source `manual`) and by the solver's publication (`solver`, `forced`).
 */
export const assignReviewers = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { proposalId: string; assignments: readonly AssignmentRequest[] },
): Promise<Result<ProposalReviewPanel>> => {
  if (!can(actor, 'review.assign')) return refused('review.assign');
  return inTransaction(deps.db, async (trx) => {
    const loaded = await loadVisibleProposal(trx, actor, input.proposalId, { forUpdate: true });
    if (!loaded.ok) return loaded;
    const proposal = loaded.value;
    if (!isAssignable(proposal.status)) {
      return err(
        appError(
          'conflict',
          `Reviewers are assigned to submitted or under-review proposals; this one is ${proposal.status}.`,
        ),
      );
    }
    const ids = input.assignments.map((a) => a.reviewerId);
    const reviewers = await listReviewers(trx, { userIds: ids });
    const fieldErrors: { path: string; message: string }[] = [];
    for (const [i, a] of input.assignments.entries()) {
      const reviewer = reviewers.find((r) => r.userId === a.reviewerId);
      if (reviewer?.status !== 'active') {
        fieldErrors.push({ path: `assignments.${i}.reviewerId`, message: 'not an active reviewer' });
      } else if (ids.indexOf(a.reviewerId) !== i) {
        fieldErrors.push({ path: `assignments.${i}.reviewerId`, message: 'named twice' });
      } else if (a.waiverReason !== undefined && a.waiverReason.trim().length < 10) {
        fieldErrors.push({
          path: `assignments.${i}.waiverReason`,
          message: 'a written reason of at least 10 characters',
        });
      }
    }
    if (fieldErrors.length > 0) return err(appError('invalid_input', 'Some assignments are not valid.', fieldErrors));
    for (const a of input.assignments) {
      if (await findAssignment(trx, proposal.id, a.reviewerId)) {
        const name = reviewers.find((r) => r.userId === a.reviewerId)?.name ?? a.reviewerId;
        return err(appError('conflict', `${name} is already assigned to this proposal.`, { reviewerId: a.reviewerId }));
      }
    }
    const now = deps.clock();
    const conflicts = await conflictsWithProposal(trx, proposal, ids, now);
    for (const a of input.assignments) {
      const found = conflicts.get(a.reviewerId) ?? [];
      const name = reviewers.find((r) => r.userId === a.reviewerId)?.name ?? a.reviewerId;
      if (found.length > 0 && a.waiverReason === undefined) {
        return err(
          appError(
            'conflict_of_interest',
            `${name} has a conflict of interest with this proposal; a program officer may waive it with a written reason.`,
            { reviewerId: a.reviewerId, conflicts: found },
          ),
        );
      }
      if (a.waiverReason !== undefined) {
        if (found.length === 0) {
          return err(
            appError('invalid_input', `${name} has no computed conflict to waive.`, [
              { path: 'waiverReason', message: 'no conflict to waive' },
            ]),
          );
        }
        if (!can(actor, 'review.conflict.waive')) return refused('review.conflict.waive');
      }
    }
    await insertAssignments(
      trx,
      input.assignments.map((a) => ({
        id: deps.newId(),
        proposalId: proposal.id,
        reviewerId: a.reviewerId,
        source: a.source,
        score: a.score ?? null,
        assignedBy: actor.userId,
        assignedAt: now,
        waiver: a.waiverReason === undefined ? undefined : { by: actor.userId, reason: a.waiverReason.trim(), at: now },
      })),
    );
    for (const a of input.assignments) {
      await recordAudit(trx, deps, {
        actor,
        action: 'review.assign',
        objectType: 'proposal',
        objectId: proposal.id,
        summary: { reviewerId: a.reviewerId, source: a.source, score: a.score ?? null },
      });
      if (a.waiverReason !== undefined) {
        await recordAudit(trx, deps, {
          actor,
          action: 'review.conflict.waive',
          objectType: 'proposal',
          objectId: proposal.id,
          summary: {
            reviewerId: a.reviewerId,
            reason: a.waiverReason.trim(),
            conflicts: (conflicts.get(a.reviewerId) ?? []).map((c) => c.reason),
          },
        });
      }
    }
    return ok(await buildReviewPanel(trx, proposal, now));
  });
};
