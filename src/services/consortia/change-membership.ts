import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, type Result } from '../../core/kernel/result.ts';
import { findCompany } from '../../db/repos/companies.repo.ts';
import { addMember, type ConsortiumView, findConsortium, removeMember } from '../../db/repos/consortia.repo.ts';
import { decideInvitation, insertInvitation } from '../../db/repos/consortium-invitations.repo.ts';
import { mayOnConsortium, notFound, refused } from '../access.ts';
import { visibleCompanyIds } from '../companies/list-companies.ts';
import { notify } from '../notifications/notify.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { getConsortium } from './get-consortium.ts';

type Change = { consortiumId: string; companyId: string; change: 'add' | 'remove' };

/**
 * Invites a company to a consortium, or removes a member (or withdraws a pending invitation); only the
 * anchor's people may, and the anchor stays. An invited company joins when one of its users accepts
 * (answer-invitation.ts); when the anchor's user acts for the invited company too, that is its acceptance.
 */
export const changeMembership = async (
  deps: ServiceDeps,
  actor: Actor,
  input: Change,
): Promise<Result<ConsortiumView>> => {
  if (!(await mayOnConsortium(deps.db, actor, 'consortium.read', input.consortiumId))) return notFound('Consortium');
  if (!(await mayOnConsortium(deps.db, actor, 'consortium.members.change', input.consortiumId))) {
    return refused('consortium.members.change');
  }
  const written = await inTransaction(deps.db, async (trx) => {
    const consortium = await findConsortium(trx, input.consortiumId);
    if (!consortium) return notFound('Consortium');
    const existing = consortium.members.find((m) => m.companyId === input.companyId);
    if (input.change === 'add') {
      const visible = await visibleCompanyIds(trx, actor);
      const company = await findCompany(trx, input.companyId);
      if (!company || (visible !== 'all' && !visible.includes(input.companyId))) {
        return err(
          appError('invalid_input', 'Unknown company.', [{ path: 'companyId', message: 'register the company first' }]),
        );
      }
      if (existing) return err(appError('conflict', 'That company is already a member.'));
      if (consortium.pendingInvitations.some((i) => i.companyId === input.companyId)) {
        return err(appError('conflict', 'That company is already invited; one of its users must accept.'));
      }
      const invitationId = deps.newId();
      await insertInvitation(trx, {
        id: invitationId,
        consortiumId: input.consortiumId,
        companyId: input.companyId,
        invitedBy: actor.userId,
        invitedAt: deps.clock(),
      });
      const accepted = actor.companyIds.includes(input.companyId);
      if (accepted) {
        await decideInvitation(trx, invitationId, {
          status: 'accepted',
          decidedBy: actor.userId,
          decidedAt: deps.clock(),
        });
        await addMember(trx, input.consortiumId, input.companyId, 'member');
      }
      await recordAudit(trx, deps, {
        actor,
        action: accepted ? 'consortium.member.add' : 'consortium.member.invite',
        objectType: 'consortium',
        objectId: input.consortiumId,
        summary: { companyId: input.companyId, invitationId },
      });
      if (!accepted) {
        await notify(trx, deps, {
          kind: 'consortium_invitation',
          title: `${consortium.name} invited ${company.legalName} to join`,
          body: 'One of the company’s users accepts or declines the invitation.',
          link: '/dashboard',
          object: { type: 'consortium_invitation', id: invitationId },
          companyId: input.companyId,
          actorUserId: actor.userId,
        });
      }
      return { ok: true, value: null };
    } else {
      const pending = consortium.pendingInvitations.find((i) => i.companyId === input.companyId);
      if (!existing && pending) {
        await decideInvitation(trx, pending.id, {
          status: 'withdrawn',
          decidedBy: actor.userId,
          decidedAt: deps.clock(),
        });
        await recordAudit(trx, deps, {
          actor,
          action: 'consortium.invitation.withdraw',
          objectType: 'consortium',
          objectId: input.consortiumId,
          summary: { companyId: input.companyId, invitationId: pending.id },
        });
        return { ok: true, value: null };
      }
      if (!existing) return notFound('Member');
      if (existing.role === 'anchor') return err(appError('conflict', 'The anchor member cannot be removed.'));
      await removeMember(trx, input.consortiumId, input.companyId);
    }
    await recordAudit(trx, deps, {
      actor,
      action: 'consortium.member.remove',
      objectType: 'consortium',
      objectId: input.consortiumId,
      summary: { companyId: input.companyId },
    });
    return { ok: true, value: null };
  });
  return written.ok ? getConsortium(deps.db, actor, input.consortiumId) : written;
};
