import type { Kysely } from 'kysely';
import { type Actor, isGovernmentRole } from '../core/accounts/roles.ts';
import { appError } from '../core/kernel/errors.ts';
import { err, ok, type Result } from '../core/kernel/result.ts';
import { consortiumIdsForCompanies, findConsortium } from '../db/repos/consortia.repo.ts';
import { findProposal, type ProposalRecord } from '../db/repos/proposals.repo.ts';
import type { Database } from '../db/schema.ts';

export const notFound = (what: string) => err(appError('not_found', `${what} not found.`));
export const forbidden = (message: string) => err(appError('forbidden', message));

/** The consortia an actor may see: its own for an applicant, all for government roles, none for buyers. */
export const visibleConsortiumIds = async (db: Kysely<Database>, actor: Actor): Promise<string[] | 'all'> => {
  if (isGovernmentRole(actor.role)) return 'all';
  if (actor.role === 'applicant') return consortiumIdsForCompanies(db, actor.companyIds);
  return [];
};

export const canSeeConsortium = async (db: Kysely<Database>, actor: Actor, consortiumId: string): Promise<boolean> => {
  const visible = await visibleConsortiumIds(db, actor);
  return visible === 'all' || visible.includes(consortiumId);
};

/** Whether the actor's companies include the consortium's anchor: only the anchor's people submit and manage members. */
export const isAnchorUser = async (db: Kysely<Database>, actor: Actor, consortiumId: string): Promise<boolean> => {
  if (actor.role !== 'applicant') return false;
  const consortium = await findConsortium(db, consortiumId);
  const anchor = consortium?.members.find((m) => m.role === 'anchor');
  return anchor !== undefined && actor.companyIds.includes(anchor.companyId);
};

/**
 * Loads a proposal the actor may see; otherwise not_found, so its existence is not revealed.
 * Government roles do not see drafts that were never submitted.
 */
export const loadVisibleProposal = async (
  db: Kysely<Database>,
  actor: Actor,
  proposalId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Result<ProposalRecord>> => {
  const proposal = await findProposal(db, proposalId, options);
  if (!proposal) return notFound('Proposal');
  if (isGovernmentRole(actor.role)) {
    return proposal.status === 'draft' && actor.role !== 'admin' ? notFound('Proposal') : ok(proposal);
  }
  if (actor.role === 'applicant' && (await canSeeConsortium(db, actor, proposal.consortiumId))) return ok(proposal);
  return notFound('Proposal');
};
