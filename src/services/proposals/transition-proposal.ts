import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import type { TransitionAction } from '../../core/proposal/proposal-status.ts';
import { applyTransition } from '../../core/proposal/workflow.ts';
import { findProposal, updateStatus } from '../../db/repos/proposals.repo.ts';
import { loadVisibleProposal, notFound } from '../access.ts';
import { type NotificationEvent, notify, proposalLabel } from '../notifications/notify.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { type ProposalView, toProposalView } from './proposal-view.ts';

/** An officer's move: start review, designate, decline, return, suspend, reinstate, revoke. */
export const transitionProposal = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { proposalId: string; action: TransitionAction; reason: string },
): Promise<Result<ProposalView>> => {
  const saved = await inTransaction(deps.db, async (trx) => {
    const loaded = await loadVisibleProposal(trx, actor, input.proposalId, { forUpdate: true });
    if (!loaded.ok) return loaded;
    const proposal = loaded.value;
    const next = applyTransition({
      status: proposal.status,
      action: input.action,
      actor,
      reason: input.reason,
    });
    if (!next.ok) return next;
    const now = deps.clock();
    await updateStatus(trx, proposal.id, {
      status: next.value,
      now,
      ...(input.action === 'designate' ? { designatedAt: now } : {}),
    });
    await recordAudit(trx, deps, {
      actor,
      action: `proposal.${input.action}`,
      objectType: 'proposal',
      objectId: proposal.id,
      summary: { from: proposal.status, to: next.value, reason: input.reason, version: proposal.currentVersion },
    });
    const event = transitionNotice(input.action, {
      id: proposal.id,
      title: proposalLabel(proposal.draft.title),
      consortiumId: proposal.consortiumId,
    });
    if (event) await notify(trx, deps, { ...event, actorUserId: actor.userId });
    return ok(null);
  });
  if (!saved.ok) return saved;
  const proposal = await findProposal(deps.db, input.proposalId);
  return proposal ? ok(await toProposalView(deps.db, actor, proposal)) : notFound('Proposal');
};

/** Who must act after the move: decision makers once review starts; the applicant when returned or decided. */
const transitionNotice = (
  action: TransitionAction,
  p: { id: string; title: string; consortiumId: string },
): NotificationEvent | null => {
  const base = { link: `/proposals/${p.id}`, object: { type: 'proposal', id: p.id }, consortiumId: p.consortiumId };
  switch (action) {
    case 'start_review':
      return { ...base, kind: 'decision_ready', title: `${p.title} is under review and awaits a decision`, body: '' };
    case 'return':
      return {
        ...base,
        kind: 'proposal_returned',
        title: `${p.title} was returned for revision`,
        // officers' reasons reach applicants only as the program settings allow (the proposal's history says it)
        body: 'Open the proposal to see what to revise, then submit the draft again.',
      };
    case 'designate':
      return { ...base, kind: 'proposal_designated', title: `${p.title} was designated a priority package`, body: '' };
    case 'decline':
      return {
        ...base,
        kind: 'proposal_declined',
        title: `${p.title} was declined`,
        body: 'Open the proposal for its history.',
      };
    default:
      return null;
  }
};
