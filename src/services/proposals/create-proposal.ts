import type { Actor } from '../../core/accounts/roles.ts';
import { chooseCall } from '../../core/calls/call.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import type { ProposalContent } from '../../core/package/proposal.schema.ts';
import { listCalls } from '../../db/repos/calls.repo.ts';
import { findProposal, insertProposal } from '../../db/repos/proposals.repo.ts';
import { mayOnConsortium, notFound, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { type ProposalView, toProposalView } from './proposal-view.ts';

/**
 * Starts a draft proposal for one of the applicant's consortia, answering an open call: the one named, or the
 * only open one (refused with `call_closed` when none is open, and a field error when several are).
 */
export const createProposal = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { consortiumId: string; callId?: string | undefined; content: ProposalContent },
): Promise<Result<ProposalView>> => {
  if (!(await mayOnConsortium(deps.db, actor, 'consortium.read', input.consortiumId))) return notFound('Consortium');
  if (!(await mayOnConsortium(deps.db, actor, 'proposal.create', input.consortiumId)))
    return refused('proposal.create');
  const id = deps.newId();
  const saved = await inTransaction(deps.db, async (trx) => {
    const call = chooseCall({ callId: input.callId, calls: await listCalls(trx), now: deps.clock() });
    if (!call.ok) return call;
    await insertProposal(trx, {
      id,
      consortiumId: input.consortiumId,
      callId: call.value.id,
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
      summary: { consortiumId: input.consortiumId, callId: call.value.id },
    });
    return ok(null);
  });
  if (!saved.ok) return saved;
  const proposal = await findProposal(deps.db, id);
  return proposal ? ok(await toProposalView(deps.db, actor, proposal)) : notFound('Proposal');
};
