import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { checkStageMove, type ReferralStage } from '../../core/financing/referral.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { findReferral, insertReferralStage, updateReferralStage } from '../../db/repos/financing-referrals.repo.ts';
import { notFound, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { getReferral } from './read-referrals.ts';
import type { ReferralView } from './referral-view.ts';

/**
 * A financing officer records the agency's next step on a referral (letter of interest, preliminary or final
 * commitment, declined, withdrawn) with the day it happened and an optional internal note: the core's stage
 * machine decides whether the move is allowed (409 invalid_transition otherwise).
 */
export const moveReferralStage = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { referralId: string; stage: ReferralStage; date: string; note?: string },
): Promise<Result<ReferralView>> => {
  if (!can(actor, 'financing.referrals.read')) return notFound('Referral');
  if (!can(actor, 'financing.referrals.manage')) return refused('financing.referrals.manage');
  const moved = await inTransaction(deps.db, async (trx) => {
    const referral = await findReferral(trx, input.referralId, { forUpdate: true });
    if (!referral) return notFound('Referral');
    const now = deps.clock();
    const checked = checkStageMove({
      from: referral.stage as ReferralStage,
      fromDate: referral.stageDate,
      to: input.stage,
      date: input.date,
      today: now.toISOString().slice(0, 10),
    });
    if (!checked.ok) return checked;
    await updateReferralStage(trx, referral.id, { stage: input.stage, stageDate: input.date, now });
    await insertReferralStage(trx, {
      id: deps.newId(),
      referralId: referral.id,
      stage: input.stage,
      stageDate: input.date,
      note: input.note?.trim() ?? '',
      recordedBy: actor.userId,
      recordedAt: now,
    });
    await recordAudit(trx, deps, {
      actor,
      action: 'financing.referral.stage',
      objectType: 'financing-referral',
      objectId: referral.id,
      summary: { agency: referral.agency, from: referral.stage, to: input.stage, date: input.date },
    });
    return ok(null);
  });
  if (!moved.ok) return moved;
  return getReferral(deps.db, actor, input.referralId);
};
