import type { Kysely } from 'kysely';
import { type Conflict, findConflicts } from '../../core/review/conflicts.ts';
import type { ProposalRecord } from '../../db/repos/proposals.repo.ts';
import { listAffiliations } from '../../db/repos/reviewers.repo.ts';
import type { Database } from '../../db/schema.ts';
import { collectProposalParties } from '../screening/collect-proposal-parties.ts';

/**
 * The computed conflicts of interest between a proposal and each of these reviewers, as of `now`: the proposal's
 * parties (members, owners up the ownership graph, builder, owner, operator, end users) against each reviewer's
 * declared affiliations (core/review/conflicts.ts). Reviewers without a conflict map to an empty list.
 */
export const conflictsWithProposal = async (
  db: Kysely<Database>,
  proposal: ProposalRecord,
  reviewerIds: readonly string[],
  now: Date,
): Promise<Map<string, Conflict[]>> => {
  const parties = await collectProposalParties(db, proposal);
  const affiliations = await listAffiliations(db, reviewerIds);
  const asOf = now.toISOString().slice(0, 10);
  return new Map(
    reviewerIds.map((id) => [
      id,
      findConflicts({ affiliations: affiliations.filter((a) => a.userId === id), parties, asOf }),
    ]),
  );
};
