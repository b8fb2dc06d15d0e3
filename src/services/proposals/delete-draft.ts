import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { checkDeletable } from '../../core/proposal/workflow.ts';
import { deleteProposal } from '../../db/repos/proposals.repo.ts';
import { loadVisibleProposal, mayOnProposal, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';

/**
 * Deletes a draft that was never submitted (a submitted proposal is withdrawn instead: its versions are kept
 * for good). Only the anchor member's applicants delete; the audit entry keeps its title.
 */
export const deleteDraft = async (
  deps: ServiceDeps,
  actor: Actor,
  proposalId: string,
): Promise<Result<{ id: string }>> =>
  inTransaction(deps.db, async (trx) => {
    const loaded = await loadVisibleProposal(trx, actor, proposalId, { forUpdate: true });
    if (!loaded.ok) return loaded;
    const proposal = loaded.value;
    if (!(await mayOnProposal(trx, actor, 'proposal.delete', proposal))) return refused('proposal.delete');
    const deletable = checkDeletable(proposal.status, proposal.currentVersion);
    if (!deletable.ok) return deletable;
    await deleteProposal(trx, proposal.id);
    await recordAudit(trx, deps, {
      actor,
      action: 'proposal.delete',
      objectType: 'proposal',
      objectId: proposal.id,
      summary: { title: proposal.draft.title, consortiumId: proposal.consortiumId, status: proposal.status },
    });
    return ok({ id: proposal.id });
  });
