import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import type { ProposalContent } from '../../core/package/proposal.schema.ts';
import { findProposal, insertProposal } from '../../db/repos/proposals.repo.ts';
import { mayOnConsortium, notFound, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { type ProposalView, toProposalView } from './proposal-view.ts';

/** Starts a draft proposal for one of the applicant's consortia. */
export const createProposal = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { consortiumId: string; content: ProposalContent },
): Promise<Result<ProposalView>> => {
  if (!(await mayOnConsortium(deps.db, actor, 'consortium.read', input.consortiumId))) return notFound('Consortium');
  if (!(await mayOnConsortium(deps.db, actor, 'proposal.create', input.consortiumId)))
    return refused('proposal.create');
  const id = deps.newId();
  const saved = await inTransaction(deps.db, async (trx) => {
    await insertProposal(trx, {
      id,
      consortiumId: input.consortiumId,
      draft: input.content,
      createdBy: actor.userId,
      now: deps.clock(),
    });
    await recordAudit(trx, deps, {
      actor,
      action: 'proposal.create',
      objectType: 'proposal',
      objectId: id,
      // no content: a draft stays with its consortium, and the audit trail is read by auditors and admins
      summary: { consortiumId: input.consortiumId },
    });
    return ok(null);
  });
  if (!saved.ok) return saved;
  const proposal = await findProposal(deps.db, id);
  return proposal ? ok(await toProposalView(deps.db, actor, proposal)) : notFound('Proposal');
};
