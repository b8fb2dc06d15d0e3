import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import {
  checkAgencyInstrument,
  type FinancingAgency,
  instrumentForRequest,
  isOpenStage,
  REFERABLE_PROPOSAL_STATUSES,
  REFERRAL_STAGES,
  type ReferralInstrument,
  referralAmountCents,
} from '../../core/financing/referral.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { countReferralsOfLine, insertReferral, insertReferralStage } from '../../db/repos/financing-referrals.repo.ts';
import { findVersion } from '../../db/repos/proposals.repo.ts';
import { loadVisibleProposal, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { getReferral } from './read-referrals.ts';
import type { ReferralView } from './referral-view.ts';

export type CreateReferralInput = {
  proposalId: string;
  /** the index of the line in the current version's financing requests */
  financingLine: number;
  /** defaults to the line's agency */
  agency?: FinancingAgency;
  /** defaults to the instrument the line suggests (required when the line says "other") */
  instrument?: ReferralInstrument;
  /** defaults to the line's amount */
  amountUsd?: number;
  contactName?: string;
  contactEmail?: string;
  notes?: string;
  /** the day it was referred (YYYY-MM-DD); today by default, never in the future */
  date?: string;
};

/**
 * A financing officer refers one financing request line of a proposal's current version to an agency: stage
 * "referred", dated, with its first stage row and the audit entry, in one transaction. The same line may go to
 * several agencies, but not twice to one agency while a referral of it there is still open.
 */
export const createReferral = async (
  deps: ServiceDeps,
  actor: Actor,
  input: CreateReferralInput,
): Promise<Result<ReferralView>> => {
  if (!can(actor, 'financing.referrals.manage')) return refused('financing.referrals.manage');
  const created = await inTransaction(deps.db, async (trx) => {
    const loaded = await loadVisibleProposal(trx, actor, input.proposalId, { forUpdate: true });
    if (!loaded.ok) return loaded;
    const proposal = loaded.value;
    if (!(REFERABLE_PROPOSAL_STATUSES as readonly string[]).includes(proposal.status) || !proposal.currentVersion) {
      return err(
        appError(
          'conflict',
          `A ${proposal.status.replaceAll('_', ' ')} proposal's financing cannot be referred; only submitted, in-review or designated proposals.`,
        ),
      );
    }
    const version = await findVersion(trx, proposal.id, proposal.currentVersion);
    const line = version?.content.financing[input.financingLine];
    if (!line) {
      return err(
        appError('invalid_input', 'No such financing request', [
          {
            path: 'financingLine',
            message: `version ${proposal.currentVersion} has ${version?.content.financing.length ?? 0} financing request line(s)`,
          },
        ]),
      );
    }
    const agency = input.agency ?? line.agency;
    const instrument = input.instrument ?? instrumentForRequest({ ...line, agency });
    if (instrument === null) {
      return err(
        appError('invalid_input', 'Choose an instrument', [
          { path: 'instrument', message: 'the request says "other": choose the instrument to refer' },
        ]),
      );
    }
    const offered = checkAgencyInstrument(agency, instrument);
    if (!offered.ok) return offered;
    const amount = referralAmountCents(input.amountUsd ?? line.amountUsd);
    if (!amount.ok) return amount;
    const now = deps.clock();
    const today = now.toISOString().slice(0, 10);
    const date = input.date ?? today;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date > today) {
      return err(
        appError('invalid_input', 'Not a valid referral date', [
          { path: 'date', message: `must be a date as YYYY-MM-DD, today (${today}) or earlier` },
        ]),
      );
    }
    const open = await countReferralsOfLine(trx, {
      proposalId: proposal.id,
      financingLine: input.financingLine,
      agency,
      stages: REFERRAL_STAGES.filter(isOpenStage),
    });
    if (open > 0) {
      return err(appError('conflict', `This financing request already has an open referral to ${agency}.`));
    }
    const id = deps.newId();
    await insertReferral(trx, {
      id,
      proposalId: proposal.id,
      inquiryId: null,
      consortiumId: proposal.consortiumId,
      financingLine: input.financingLine,
      agency,
      instrument,
      amountCents: amount.value,
      stage: 'referred',
      stageDate: date,
      contactName: input.contactName?.trim() ?? '',
      contactEmail: input.contactEmail?.trim() ?? '',
      notes: input.notes?.trim() ?? '',
      createdBy: actor.userId,
      createdAt: now,
    });
    await insertReferralStage(trx, {
      id: deps.newId(),
      referralId: id,
      stage: 'referred',
      stageDate: date,
      note: '',
      recordedBy: actor.userId,
      recordedAt: now,
    });
    await recordAudit(trx, deps, {
      actor,
      action: 'financing.referral.create',
      objectType: 'financing-referral',
      objectId: id,
      summary: {
        proposalId: proposal.id,
        version: proposal.currentVersion,
        financingLine: input.financingLine,
        agency,
        instrument,
        amountUsd: amount.value / 100,
        date,
      },
    });
    return ok(id);
  });
  if (!created.ok) return created;
  return getReferral(deps.db, actor, created.value);
};
