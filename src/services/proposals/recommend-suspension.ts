import type { Kysely } from 'kysely';
import type { Actor } from '../../core/accounts/roles.ts';
import { findProposal } from '../../db/repos/proposals.repo.ts';
import { findScreenedParty } from '../../db/repos/screened-parties.repo.ts';
import type { Database } from '../../db/schema.ts';
import { notify, proposalLabel } from '../notifications/notify.ts';
import { recordAudit } from '../record-audit.ts';
import type { ServiceDeps } from '../service-deps.ts';

/**
 * After designation: a true match confirmed on a party of a designated package (a compliance officer's adjudication,
 * or a decision reused when re-screening meets the same entry) raises an alert to the decision makers flagged
 * "suspension recommended", with its audit entry, in the caller's transaction. Returns whether it was raised.
 */
export const recommendSuspension = async (
  trx: Kysely<Database>,
  deps: Pick<ServiceDeps, 'clock' | 'newId' | 'sha256'>,
  input: { partyId: string; hitId: string; matchedName: string; actor: Actor | null },
): Promise<boolean> => {
  const party = await findScreenedParty(trx, input.partyId);
  if (!party?.proposalId) return false;
  const proposal = await findProposal(trx, party.proposalId);
  if (!proposal || proposal.status !== 'designated') return false;
  const title = proposalLabel(proposal.draft.title);
  await notify(trx, deps, {
    kind: 'suspension_recommended',
    title: `Suspension recommended: ${title} has a confirmed true match (${party.name} as "${input.matchedName}")`,
    body: 'A compliance officer confirmed a restricted-party match on this designated package. Open its decision brief and suspend or revoke the designation.',
    link: `/proposals/${proposal.id}/brief`,
    object: { type: 'proposal', id: proposal.id },
    actorUserId: input.actor?.userId ?? null,
  });
  await recordAudit(trx, deps, {
    actor: input.actor,
    action: 'proposal.suspension_recommended',
    objectType: 'proposal',
    objectId: proposal.id,
    summary: { hitId: input.hitId, partyId: party.id, party: party.name, suspensionRecommended: true },
  });
  return true;
};
