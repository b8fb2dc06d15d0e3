import type { Kysely } from 'kysely';
import {
  type Action,
  type CompanyResource,
  type ConsortiumResource,
  can,
  type ProposalResource,
  scopeOf,
  whoMay,
} from '../core/accounts/permissions.ts';
import type { Actor } from '../core/accounts/roles.ts';
import { appError } from '../core/kernel/errors.ts';
import { err, ok, type Result } from '../core/kernel/result.ts';
import { consortiumIdsForCompanies, findConsortium } from '../db/repos/consortia.repo.ts';
import { findProposal, type ProposalRecord } from '../db/repos/proposals.repo.ts';
import { certifiedReviewerIdsOf, proposalIdsCertifiedFor } from '../db/repos/review-assignments.repo.ts';
import type { Database } from '../db/schema.ts';

// Loads what the permissions table (core/accounts/permissions.ts) needs to answer; it alone decides.

export const notFound = (what: string) => err(appError('not_found', `${what} not found.`));
export const forbidden = (message: string) => err(appError('forbidden', message));
/** The refusal of an action, naming who may take it. */
export const refused = (action: Action) => forbidden(whoMay(action));

/** The membership of a consortium as the permissions table sees it; null when there is no such consortium. */
export const loadConsortiumResource = async (
  db: Kysely<Database>,
  consortiumId: string,
): Promise<ConsortiumResource | null> => {
  const consortium = await findConsortium(db, consortiumId);
  if (!consortium) return null;
  return {
    kind: 'consortium',
    memberCompanyIds: consortium.members.map((m) => m.companyId),
    anchorCompanyId: consortium.members.find((m) => m.role === 'anchor')?.companyId ?? null,
  };
};

/** A company as the permissions table sees it. */
export const companyResource = (
  company: { id: string; createdBy?: string | null },
  represented?: boolean,
): CompanyResource => ({
  kind: 'company',
  companyId: company.id,
  createdBy: company.createdBy ?? null,
  ...(represented === undefined ? {} : { represented }),
});

/** The consortia the actor may see: all, those its companies belong to, or none. */
export const visibleConsortiumIds = async (db: Kysely<Database>, actor: Actor): Promise<string[] | 'all'> => {
  const scope = scopeOf(actor.role, 'consortium.read');
  if (scope === 'all') return 'all';
  return scope === 'consortium_member' ? consortiumIdsForCompanies(db, actor.companyIds) : [];
};

/** Whether the actor may take the action on the consortium (false also when it does not exist). */
export const mayOnConsortium = async (
  db: Kysely<Database>,
  actor: Actor,
  action: Action,
  consortiumId: string,
): Promise<boolean> => {
  const resource = await loadConsortiumResource(db, consortiumId);
  return resource !== null && can(actor, action, resource);
};

/** The proposal as the permissions table sees it: its status, consortium and certified reviewers. */
export const loadProposalResource = async (
  db: Kysely<Database>,
  proposal: Pick<ProposalRecord, 'id' | 'status' | 'consortiumId'>,
): Promise<ProposalResource> => {
  const consortium = await loadConsortiumResource(db, proposal.consortiumId);
  return {
    kind: 'proposal',
    status: proposal.status,
    memberCompanyIds: consortium?.memberCompanyIds ?? [],
    anchorCompanyId: consortium?.anchorCompanyId ?? null,
    certifiedReviewerIds: await certifiedReviewerIdsOf(db, proposal.id),
  };
};

/**
 * For lists: the proposals a reader under the `certified_reviewer` condition may see (those it is assigned,
 * published and certified on); undefined for every other scope, which lists filter otherwise.
 */
export const certifiedProposalIds = async (db: Kysely<Database>, actor: Actor): Promise<string[] | undefined> =>
  scopeOf(actor.role, 'proposal.read') === 'certified_reviewer' ? proposalIdsCertifiedFor(db, actor.userId) : undefined;

/**
 * Loads a proposal the actor may read; otherwise not_found, so its existence is not revealed (drafts stay
 * with their consortium).
 */
export const loadVisibleProposal = async (
  db: Kysely<Database>,
  actor: Actor,
  proposalId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Result<ProposalRecord>> => {
  const proposal = await findProposal(db, proposalId, options);
  if (!proposal) return notFound('Proposal');
  return can(actor, 'proposal.read', await loadProposalResource(db, proposal)) ? ok(proposal) : notFound('Proposal');
};

/** Whether the actor may take the action on this (already loaded) proposal. */
export const mayOnProposal = async (
  db: Kysely<Database>,
  actor: Actor,
  action: Action,
  proposal: Pick<ProposalRecord, 'id' | 'status' | 'consortiumId'>,
): Promise<boolean> => can(actor, action, await loadProposalResource(db, proposal));
