import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { addMember, findConsortium } from '../../db/repos/consortia.repo.ts';
import { decideInvitation, findInvitation, type InvitationView } from '../../db/repos/consortium-invitations.repo.ts';
import { notFound, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';

/**
 * A user of the invited company accepts (the company joins the consortium as a member) or declines a
 * pending invitation. Others are told it does not exist.
 */
export const answerInvitation = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { invitationId: string; answer: 'accept' | 'decline' },
): Promise<Result<InvitationView>> => {
  const written = await inTransaction(deps.db, async (trx) => {
    const invitation = await findInvitation(trx, input.invitationId, { forUpdate: true });
    const resource = invitation && { kind: 'company' as const, companyId: invitation.companyId, createdBy: null };
    if (!invitation || !resource || !can(actor, 'consortium.invitations.read', resource)) return notFound('Invitation');
    if (!can(actor, 'consortium.invitation.answer', resource)) return refused('consortium.invitation.answer');
    if (invitation.status !== 'pending') {
      return err(appError('conflict', `This invitation is already ${invitation.status}.`));
    }
    const accepted = input.answer === 'accept';
    if (accepted) {
      const consortium = await findConsortium(trx, invitation.consortiumId);
      if (!consortium) return notFound('Consortium');
      if (!consortium.members.some((m) => m.companyId === invitation.companyId)) {
        await addMember(trx, invitation.consortiumId, invitation.companyId, 'member');
      }
    }
    const now = deps.clock();
    await decideInvitation(trx, invitation.id, {
      status: accepted ? 'accepted' : 'declined',
      decidedBy: actor.userId,
      decidedAt: now,
    });
    await recordAudit(trx, deps, {
      actor,
      action: accepted ? 'consortium.invitation.accept' : 'consortium.invitation.decline',
      objectType: 'consortium',
      objectId: invitation.consortiumId,
      summary: { companyId: invitation.companyId, invitationId: invitation.id },
    });
    return ok(invitation.id);
  });
  if (!written.ok) return written;
  const answered = await findInvitation(deps.db, written.value);
  return answered ? ok(answered) : notFound('Invitation');
};
