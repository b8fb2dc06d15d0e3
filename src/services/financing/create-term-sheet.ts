import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { computeTermSheet, premiumBpFor, type TermSheetInput } from '../../core/financing/term-sheet.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { findReferral, insertTermSheet } from '../../db/repos/financing-referrals.repo.ts';
import { notFound, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { programSettingsAt } from '../settings/program-settings.ts';
import { type TermSheetView, toTermSheetView } from './referral-view.ts';

/**
 * A financing officer computes a term sheet for a referral with the financing settings in force now, and keeps
 * it with its input, the premium applied and the settings version, so it can be shown, exported and replayed.
 */
export const createTermSheet = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { referralId: string; terms: TermSheetInput },
): Promise<Result<TermSheetView>> => {
  if (!can(actor, 'financing.referrals.read')) return notFound('Referral');
  if (!can(actor, 'financing.referrals.manage')) return refused('financing.referrals.manage');
  return inTransaction(deps.db, async (trx) => {
    const referral = await findReferral(trx, input.referralId, { forUpdate: true });
    if (!referral) return notFound('Referral');
    const now = deps.clock();
    const settings = await programSettingsAt(trx, now);
    const financing = settings.settings.financing;
    const computed = computeTermSheet(input.terms, financing);
    if (!computed.ok) return computed;
    const record = {
      id: deps.newId(),
      referralId: referral.id,
      input: input.terms,
      premiumBp: premiumBpFor(input.terms, financing) ?? 0,
      settingsVersion: settings.version,
      settings: financing,
      sheet: computed.value,
      createdBy: actor.userId,
      createdAt: now,
    };
    await insertTermSheet(trx, record);
    await recordAudit(trx, deps, {
      actor,
      action: 'financing.term-sheet.create',
      objectType: 'financing-referral',
      objectId: referral.id,
      summary: {
        termSheetId: record.id,
        input: input.terms,
        settingsVersion: settings.version,
        principal: computed.value.principal,
        instalments: computed.value.instalments,
        warnings: computed.value.warnings.map((w) => w.code),
      },
    });
    return ok(toTermSheetView(record));
  });
};
