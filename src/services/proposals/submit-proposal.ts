import type { Actor } from '../../core/accounts/roles.ts';
import { checkCallOpen } from '../../core/calls/call.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { ProposalContentSchema } from '../../core/package/proposal.schema.ts';
import { checkSubmittable } from '../../core/proposal/workflow.ts';
import { findCall } from '../../db/repos/calls.repo.ts';
import { findProposal, insertVersion, updateStatus } from '../../db/repos/proposals.repo.ts';
import { loadVisibleProposal, mayOnProposal, notFound, refused } from '../access.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { notify, proposalLabel } from '../notifications/notify.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { type ProposalView, toProposalView } from './proposal-view.ts';

/** Freezes the draft as the next immutable version and submits it. Only the anchor member's people submit. */
export const submitProposal = async (
  deps: ServiceDeps,
  actor: Actor,
  proposalId: string,
): Promise<Result<ProposalView>> => {
  const saved = await inTransaction(deps.db, async (trx) => {
    const loaded = await loadVisibleProposal(trx, actor, proposalId, { forUpdate: true });
    if (!loaded.ok) return loaded;
    const proposal = loaded.value;
    if (!(await mayOnProposal(trx, actor, 'proposal.submit', proposal))) return refused('proposal.submit');
    const next = checkSubmittable(proposal.status);
    if (!next.ok) return next;
    // the call's deadline governs the first submission; a revision the program office asked for (returned) may follow it
    const call = proposal.currentVersion === null && proposal.callId ? await findCall(trx, proposal.callId) : undefined;
    if (call) {
      const open = checkCallOpen(call, deps.clock());
      if (!open.ok) return open;
    }
    const valid = ProposalContentSchema.safeParse(proposal.draft);
    if (!valid.success) {
      return err(
        appError(
          'invalid_input',
          'The draft has errors; fix them before submitting.',
          valid.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        ),
      );
    }
    const number = (proposal.currentVersion ?? 0) + 1;
    const now = deps.clock();
    await insertVersion(trx, proposal.id, { number, content: valid.data, submittedAt: now, submittedBy: actor.userId });
    await updateStatus(trx, proposal.id, { status: next.value, now, currentVersion: number });
    await recordAudit(trx, deps, {
      actor,
      action: 'proposal.submit',
      objectType: 'proposal',
      objectId: proposal.id,
      summary: { version: number, from: proposal.status, to: next.value },
    });
    await enqueueJob(trx, deps, { kind: 'screen-proposal', payload: { proposalId: proposal.id } });
    await notify(trx, deps, {
      kind: 'proposal_submitted',
      title: `${proposal.consortiumName} submitted ${proposalLabel(valid.data.title)}`,
      body: `Version ${number} waits for review to start.`,
      link: `/proposals/${proposal.id}`,
      object: { type: 'proposal', id: proposal.id },
      actorUserId: actor.userId,
    });
    return ok(null);
  });
  if (!saved.ok) return saved;
  const proposal = await findProposal(deps.db, proposalId);
  return proposal ? ok(await toProposalView(deps.db, actor, proposal)) : notFound('Proposal');
};
