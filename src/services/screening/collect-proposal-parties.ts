import type { Kysely } from 'kysely';
import { walkOwnershipGraph } from '../../core/consortium/walk-ownership-graph.ts';
import type { ProposalContent } from '../../core/package/proposal.schema.ts';
import { extractProposalParties, type ProposalParty } from '../../core/screening/extract-proposal-parties.ts';
import { listAllOwnershipEdges, listCompanies } from '../../db/repos/companies.repo.ts';
import { findConsortium } from '../../db/repos/consortia.repo.ts';
import { findVersion, type ProposalRecord } from '../../db/repos/proposals.repo.ts';
import type { Database } from '../../db/schema.ts';

/**
 * Loads what decides a proposal's parties (the submitted version, the draft when none; the consortium; the
 * ownership graph; the companies in it) and extracts them (`core/screening/extract-proposal-parties.ts`).
 */
export const collectProposalParties = async (
  db: Kysely<Database>,
  proposal: ProposalRecord,
): Promise<ProposalParty[]> => {
  const version = proposal.currentVersion === null ? null : await findVersion(db, proposal.id, proposal.currentVersion);
  const content: ProposalContent = version?.content ?? proposal.draft;
  const consortium = await findConsortium(db, proposal.consortiumId);
  const memberIds = consortium?.members.map((m) => m.companyId) ?? [];
  const ownership = walkOwnershipGraph(memberIds, await listAllOwnershipEdges(db));
  const companies = await listCompanies(db, ownership.ids);
  return extractProposalParties({ content, memberIds, ownership, companies });
};
