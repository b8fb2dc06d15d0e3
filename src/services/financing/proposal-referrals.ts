import type { Kysely } from 'kysely';
import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { listReferralStages, listReferrals } from '../../db/repos/financing-referrals.repo.ts';
import type { Database } from '../../db/schema.ts';
import { loadConsortiumResource, loadVisibleProposal, refused } from '../access.ts';
import { type ApplicantReferralView, toApplicantReferralView } from './referral-view.ts';

/**
 * The financing referrals of one proposal as its consortium sees them: agency, instrument, amount, the stages and
 * their dates; never internal notes or the agency contact. Another consortium's proposal is not found.
 */
export const listProposalReferrals = async (
  db: Kysely<Database>,
  actor: Actor,
  proposalId: string,
): Promise<Result<ApplicantReferralView[]>> => {
  const loaded = await loadVisibleProposal(db, actor, proposalId);
  if (!loaded.ok) return loaded;
  const consortium = await loadConsortiumResource(db, loaded.value.consortiumId);
  if (!consortium || !can(actor, 'financing.referrals.stages.read', consortium)) {
    return refused('financing.referrals.stages.read');
  }
  const referrals = await listReferrals(db, { consortiumIds: 'all', proposalId });
  const stages = await listReferralStages(
    db,
    referrals.map((r) => r.id),
  );
  return ok(referrals.map((r) => toApplicantReferralView(r, stages)));
};
