import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { checkWithdrawable } from '../../core/proposal/workflow.ts';
import { findProposal, updateStatus } from '../../db/repos/proposals.repo.ts';
import { loadVisibleProposal, mayOnProposal, notFound, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { type ProposalView, toProposalView } from './proposal-view.ts';

/**
 * The applicants withdraw a submitted proposal, with a written reason: it becomes `withdrawn`, leaves the
 * officers' queues and cannot be edited or submitted again. Only the anchor member's applicants withdraw.
 */
export const withdrawProposal = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { proposalId: string; reason: string },
): Promise<Result<ProposalView>> => {
  const saved = await inTransaction(deps.db, async (trx) => {
    const loaded = await loadVisibleProposal(trx, actor, input.proposalId, { forUpdate: true });
    if (!loaded.ok) return loaded;
    const proposal = loaded.value;
    if (!(await mayOnProposal(trx, actor, 'proposal.withdraw', proposal))) return refused('proposal.withdraw');
    const next = checkWithdrawable(proposal.status, input.reason);
    if (!next.ok) return next;
    await updateStatus(trx, proposal.id, { status: next.value, now: deps.clock() });
    await recordAudit(trx, deps, {
      actor,
      action: 'proposal.withdraw',
      objectType: 'proposal',
      objectId: proposal.id,
      summary: { from: proposal.status, to: next.value, reason: input.reason.trim(), version: proposal.currentVersion },
    });
    return ok(null);
  });
  if (!saved.ok) return saved;
  const proposal = await findProposal(deps.db, input.proposalId);
  return proposal ? ok(await toProposalView(deps.db, actor, proposal)) : notFound('Proposal');
};
