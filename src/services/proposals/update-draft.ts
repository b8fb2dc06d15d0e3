import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import type { ProposalContent } from '../../core/package/proposal.schema.ts';
import { diffContent } from '../../core/proposal/diff-content.ts';
import { isEditable } from '../../core/proposal/workflow.ts';
import { findProposal, updateDraft } from '../../db/repos/proposals.repo.ts';
import { loadVisibleProposal, mayOnProposal, notFound, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { type ProposalView, toProposalView } from './proposal-view.ts';

/** Replaces the working draft. Only while the proposal is a draft or was returned for revision. */
export const updateProposalDraft = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { proposalId: string; content: ProposalContent },
): Promise<Result<ProposalView>> => {
  const saved = await inTransaction(deps.db, async (trx) => {
    const loaded = await loadVisibleProposal(trx, actor, input.proposalId, { forUpdate: true });
    if (!loaded.ok) return loaded;
    const proposal = loaded.value;
    if (!(await mayOnProposal(trx, actor, 'proposal.edit', proposal))) return refused('proposal.edit');
    if (!isEditable(proposal.status)) {
      return err(
        appError(
          'proposal_locked',
          `The proposal is ${proposal.status.replace('_', ' ')}; its submitted version is frozen.`,
        ),
      );
    }
    const changes = diffContent(proposal.draft, input.content);
    await updateDraft(trx, proposal.id, input.content, deps.clock());
    await recordAudit(trx, deps, {
      actor,
      action: 'proposal.draft.update',
      objectType: 'proposal',
      objectId: proposal.id,
      summary: { changedPaths: changes.slice(0, 50).map((c) => c.path), changeCount: changes.length },
    });
    return ok(null);
  });
  if (!saved.ok) return saved;
  const proposal = await findProposal(deps.db, input.proposalId);
  return proposal ? ok(await toProposalView(deps.db, actor, proposal)) : notFound('Proposal');
};
