import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { findReferral, updateReferralDetails } from '../../db/repos/financing-referrals.repo.ts';
import { notFound, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { getReferral } from './read-referrals.ts';
import type { ReferralView } from './referral-view.ts';

/** A financing officer keeps a referral's internal notes and the agency contact up to date. */
export const updateReferral = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { referralId: string; contactName: string; contactEmail: string; notes: string },
): Promise<Result<ReferralView>> => {
  if (!can(actor, 'financing.referrals.read')) return notFound('Referral');
  if (!can(actor, 'financing.referrals.manage')) return refused('financing.referrals.manage');
  const saved = await inTransaction(deps.db, async (trx) => {
    const referral = await findReferral(trx, input.referralId, { forUpdate: true });
    if (!referral) return notFound('Referral');
    const next = {
      contactName: input.contactName.trim(),
      contactEmail: input.contactEmail.trim(),
      notes: input.notes.trim(),
    };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== referral[key]);
    if (changed.length === 0) return ok(null);
    await updateReferralDetails(trx, referral.id, { ...next, now: deps.clock() });
    await recordAudit(trx, deps, {
      actor,
      action: 'financing.referral.update',
      objectType: 'financing-referral',
      objectId: referral.id,
      // the fields changed, not the notes themselves (internal)
      summary: { changed },
    });
    return ok(null);
  });
  if (!saved.ok) return saved;
  return getReferral(deps.db, actor, input.referralId);
};
