import type { Kysely } from 'kysely';
import { scopeOf } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import type { AuditRecord } from '../../core/audit/audit-chain.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { discloseHistoryToApplicant } from '../../core/proposal/applicant-disclosure.ts';
import { type ContentChange, diffContent } from '../../core/proposal/diff-content.ts';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../../core/proposal/proposal-status.ts';
import { listAudit } from '../../db/repos/audit.repo.ts';
import { consortiumIdsForCompanies } from '../../db/repos/consortia.repo.ts';
import { findVersion, listProposals, type ProposalVersionRecord } from '../../db/repos/proposals.repo.ts';
import { rolesOfUsers } from '../../db/repos/users.repo.ts';
import type { Database } from '../../db/schema.ts';
import { certifiedProposalIds, loadVisibleProposal, mayOnProposal, notFound } from '../access.ts';
import { programSettingsAt } from '../settings/program-settings.ts';
import { type ProposalSummary, type ProposalView, toProposalSummary, toProposalView } from './proposal-view.ts';

export const getProposal = async (db: Kysely<Database>, actor: Actor, id: string): Promise<Result<ProposalView>> => {
  const loaded = await loadVisibleProposal(db, actor, id);
  return loaded.ok ? ok(await toProposalView(db, actor, loaded.value)) : loaded;
};

/** Proposals the actor may see: its consortia's for an applicant; all but unsubmitted drafts for officers. */
export const listVisibleProposals = async (
  db: Kysely<Database>,
  actor: Actor,
  filter: { statuses?: ProposalStatus[] } = {},
): Promise<ProposalSummary[]> => {
  const scope = scopeOf(actor.role, 'proposal.read');
  if (scope === 'none') return [];
  const consortia = scope === 'consortium_member' ? await consortiumIdsForCompanies(db, actor.companyIds) : 'all';
  const submittedOnly = PROPOSAL_STATUSES.filter((s) => s !== 'draft');
  const statuses =
    scope === 'submitted' || scope === 'certified_reviewer'
      ? (filter.statuses ?? submittedOnly).filter((s) => s !== 'draft')
      : filter.statuses;
  const ids = await certifiedProposalIds(db, actor);
  const rows = await listProposals(db, {
    ...(consortia === 'all' ? {} : { consortiumIds: consortia }),
    ...(statuses === undefined ? {} : { statuses }),
    ...(ids === undefined ? {} : { ids }),
  });
  return rows.map(toProposalSummary);
};

export const getProposalVersion = async (
  db: Kysely<Database>,
  actor: Actor,
  input: { proposalId: string; number: number },
): Promise<Result<ProposalVersionRecord>> => {
  const loaded = await loadVisibleProposal(db, actor, input.proposalId);
  if (!loaded.ok) return loaded;
  const version = await findVersion(db, input.proposalId, input.number);
  return version ? ok(version) : notFound(`Version ${input.number}`);
};

/** Field-level changes between two versions, or a version and the working draft (`to: 'draft'`). */
export const diffProposalVersions = async (
  db: Kysely<Database>,
  actor: Actor,
  input: { proposalId: string; from: number; to: number | 'draft' },
): Promise<Result<ContentChange[]>> => {
  const loaded = await loadVisibleProposal(db, actor, input.proposalId);
  if (!loaded.ok) return loaded;
  const from = await findVersion(db, input.proposalId, input.from);
  if (!from) return err(appError('not_found', `Version ${input.from} not found.`));
  if (input.to === 'draft') {
    if (!(await mayOnProposal(db, actor, 'proposal.draft.read', loaded.value))) return notFound('Draft');
    return ok(diffContent(from.content, loaded.value.draft));
  }
  const to = await findVersion(db, input.proposalId, input.to);
  if (!to) return err(appError('not_found', `Version ${input.to} not found.`));
  return ok(diffContent(from.content, to.content));
};

/** The audit entries of a proposal; applicants see them through discloseHistoryToApplicant. */
export const getProposalHistory = async (
  db: Kysely<Database>,
  actor: Actor,
  proposalId: string,
  now: Date,
): Promise<Result<AuditRecord[]>> => {
  const loaded = await loadVisibleProposal(db, actor, proposalId);
  if (!loaded.ok) return loaded;
  const entries = await listAudit(db, { objectId: proposalId });
  if (await mayOnProposal(db, actor, 'proposal.history.internal.read', loaded.value)) return ok(entries);
  // an applicant: officers' names and reasons only as far as the program settings disclose them
  const actorIds = [...new Set(entries.flatMap((e) => (e.actorId === null ? [] : [e.actorId])))];
  const roles = await rolesOfUsers(db, actorIds);
  const { settings } = await programSettingsAt(db, now);
  return ok(
    discloseHistoryToApplicant(entries, {
      isOfficer: (id) => roles.get(id) !== 'applicant',
      disclosure: settings,
    }),
  );
};
