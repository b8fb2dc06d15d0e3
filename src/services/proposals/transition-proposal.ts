import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import type { TransitionAction } from '../../core/proposal/proposal-status.ts';
import { applyTransition } from '../../core/proposal/workflow.ts';
import { findProposal, updateStatus } from '../../db/repos/proposals.repo.ts';
import { loadVisibleProposal, notFound } from '../access.ts';
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
    return ok(null);
  });
  if (!saved.ok) return saved;
  const proposal = await findProposal(deps.db, input.proposalId);
  return proposal ? ok(await toProposalView(deps.db, actor, proposal)) : notFound('Proposal');
};
