import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import type { ProposalStatus } from '../../core/proposal/proposal-status.ts';
import type { Conflict } from '../../core/review/conflicts.ts';
import type { PartyKind } from '../../core/screening/extract-proposal-parties.ts';
import { findProposal } from '../../db/repos/proposals.repo.ts';
import { findAssignment, listAssignmentsOfReviewer, setCertification } from '../../db/repos/review-assignments.repo.ts';
import { notFound, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { collectProposalParties } from '../screening/collect-proposal-parties.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { type AssignmentView, toAssignmentView } from './assignment-view.ts';
import { conflictsWithProposal } from './review-conflicts.ts';

/**
 * One of the reviewer's published assignments: what a reviewer needs to judge a conflict before reading anything
 * else (the title, the consortium and the parties' names), its computed conflicts, and where to review once
 * certified.
 */
export type MyAssignment = AssignmentView & {
  title: string;
  consortiumName: string;
  status: ProposalStatus;
  parties: { kind: PartyKind; name: string; country: string | null }[];
  conflicts: Conflict[];
  /** the review page, once certified */
  reviewLink: string | null;
};

/** The signed-in reviewer's published assignments, newest first. */
export const listMyAssignments = async (
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  actor: Actor,
): Promise<Result<MyAssignment[]>> => {
  if (!can(actor, 'review.assignments.own')) return refused('review.assignments.own');
  const assignments = await listAssignmentsOfReviewer(deps.db, actor.userId, { publishedOnly: true });
  const now = deps.clock();
  const items: MyAssignment[] = [];
  for (const a of assignments) {
    const proposal = await findProposal(deps.db, a.proposalId);
    if (!proposal) continue;
    const parties = await collectProposalParties(deps.db, proposal);
    const conflicts = (await conflictsWithProposal(deps.db, proposal, [actor.userId], now)).get(actor.userId) ?? [];
    items.push({
      ...toAssignmentView(a),
      title: proposal.draft.title,
      consortiumName: proposal.consortiumName,
      status: proposal.status,
      parties: parties.map((p) => ({ kind: p.kind, name: p.name, country: p.country })),
      conflicts,
      reviewLink: a.certification === 'certified' ? `/assignments/${a.proposalId}/review` : null,
    });
  }
  return ok(items);
};

/**
 * The reviewer's word on a published assignment: `certify` that they have no conflict of interest (refused while
 * a computed conflict stands unwaived), or `recuse` with a reason (also after certifying, when a conflict comes
 * to light). Either is audited; only a certified reviewer reads the proposal's content.
 */
export const certifyAssignment = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { proposalId: string; decision: 'certify' | 'recuse'; reason?: string | undefined },
): Promise<Result<MyAssignment>> => {
  if (!can(actor, 'review.assignments.own')) return refused('review.assignments.own');
  const reason = input.reason?.trim() ?? '';
  if (input.decision === 'recuse' && reason.length < 5) {
    return err(
      appError('invalid_input', 'A recusal needs a reason.', [
        { path: 'reason', message: 'say why you recuse (at least 5 characters)' },
      ]),
    );
  }
  const saved = await inTransaction(deps.db, async (trx) => {
    const assignment = await findAssignment(trx, input.proposalId, actor.userId, { forUpdate: true });
    if (!assignment || assignment.publishedAt === null) return notFound('Assignment');
    const proposal = await findProposal(trx, input.proposalId);
    if (!proposal) return notFound('Assignment');
    const now = deps.clock();
    if (input.decision === 'certify') {
      if (assignment.certification !== 'pending') {
        return err(
          appError(
            'conflict',
            `You have already ${assignment.certification === 'certified' ? 'certified' : 'recused'} on this proposal.`,
          ),
        );
      }
      const conflicts = (await conflictsWithProposal(trx, proposal, [actor.userId], now)).get(actor.userId) ?? [];
      if (conflicts.length > 0 && assignment.waivedAt === null) {
        return err(
          appError(
            'conflict_of_interest',
            'Your declared affiliations conflict with this proposal: recuse, or ask the program officer for a waiver.',
            { conflicts },
          ),
        );
      }
      await setCertification(trx, assignment.id, { certification: 'certified', at: now, recusalReason: null });
      await recordAudit(trx, deps, {
        actor,
        action: 'review.certify',
        objectType: 'proposal',
        objectId: proposal.id,
        summary: { reviewerId: actor.userId, waived: assignment.waivedAt !== null },
      });
    } else {
      if (assignment.certification === 'recused') return err(appError('conflict', 'You have already recused.'));
      await setCertification(trx, assignment.id, { certification: 'recused', at: now, recusalReason: reason });
      await recordAudit(trx, deps, {
        actor,
        action: 'review.recuse',
        objectType: 'proposal',
        objectId: proposal.id,
        summary: { reviewerId: actor.userId, reason, from: assignment.certification },
      });
    }
    return ok(null);
  });
  if (!saved.ok) return saved;
  const mine = await listMyAssignments(deps, actor);
  if (!mine.ok) return mine;
  const item = mine.value.find((a) => a.proposalId === input.proposalId);
  return item ? ok(item) : notFound('Assignment');
};
