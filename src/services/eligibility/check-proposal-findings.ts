import type { Kysely } from 'kysely';
import type { Actor } from '../../core/accounts/roles.ts';
import type { Company } from '../../core/consortium/company.schema.ts';
import { walkOwnershipGraph } from '../../core/consortium/walk-ownership-graph.ts';
import { checkProposal, type EligibilityReport } from '../../core/eligibility/check-proposal.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { listAllOwnershipEdges, listCompanies } from '../../db/repos/companies.repo.ts';
import { findConsortium } from '../../db/repos/consortia.repo.ts';
import { listListVersions } from '../../db/repos/list-versions.repo.ts';
import { updateBlockerCount } from '../../db/repos/proposal-queue.repo.ts';
import { findProposal, type ProposalRecord } from '../../db/repos/proposals.repo.ts';
import { listScreenedParties } from '../../db/repos/screened-parties.repo.ts';
import type { Database } from '../../db/schema.ts';
import { loadVisibleProposal, notFound } from '../access.ts';
import { withListAges } from '../screening/list-ages.ts';
import { programSettingsAt } from '../settings/program-settings.ts';

export type ProposalFindings = EligibilityReport & { settingsVersion: number; checked: 'draft' | `version ${number}` };

/** The proposal's screened parties with the list versions of their last screening, aged as of `at`. */
const screenedPartiesOf = async (db: Kysely<Database>, proposalId: string, at: Date) => {
  const parties = await listScreenedParties(db, { proposalId });
  if (parties.length === 0) return [];
  const versions = new Map((await withListAges(db, await listListVersions(db), at)).map((v) => [v.id, v]));
  return parties.map((p) => ({
    kind: p.kind,
    name: p.name,
    screeningStatus: p.screeningStatus,
    screenedAt: p.screenedAt?.toISOString() ?? null,
    lists: p.listVersionIds.flatMap((id) => {
      const v = versions.get(id);
      return v ? [{ id, source: v.source, asOf: v.asOf, ageDays: v.ageDays, stale: v.stale }] : [];
    }),
  }));
};

/**
 * The eligibility and export-control findings of a proposal as of a date (default today), with the program
 * settings in force then, and a blocker for each party not screened against a current list (fail-closed).
 * Applicants see their own proposals' findings; government roles see all.
 */
export const checkProposalFindings = async (
  db: Kysely<Database>,
  actor: Actor,
  input: { proposalId: string; asOf: string; at: Date },
): Promise<Result<ProposalFindings>> => {
  const loaded = await loadVisibleProposal(db, actor, input.proposalId);
  if (!loaded.ok) return loaded;
  return findingsOfProposal(db, loaded.value, input);
};

/** The findings of a loaded proposal (no access check: callers check, or run for the system). */
export const findingsOfProposal = async (
  db: Kysely<Database>,
  proposal: ProposalRecord,
  input: { asOf: string; at: Date },
): Promise<Result<ProposalFindings>> => {
  const consortium = await findConsortium(db, proposal.consortiumId);
  if (!consortium) return notFound('Consortium');
  const members = consortium.members.map((m) => ({ companyId: m.companyId, role: m.role }));
  const closure = walkOwnershipGraph(
    members.map((m) => m.companyId),
    await listAllOwnershipEdges(db),
  );
  const companies: Company[] = await listCompanies(db, closure.ids);
  const settings = await programSettingsAt(db, input.at);
  const report = checkProposal({
    content: proposal.draft,
    companies,
    members,
    ownership: closure.edges,
    settings: settings.settings,
    asOf: input.asOf,
    screenedParties: await screenedPartiesOf(db, proposal.id, input.at),
  });
  if (!report.ok) return report;
  const checked =
    proposal.status === 'draft' || proposal.status === 'returned' || proposal.currentVersion === null
      ? 'draft'
      : (`version ${proposal.currentVersion}` as const);
  return ok({ ...report.value, settingsVersion: settings.version, checked });
};

/**
 * Checks a proposal as of `at` and stores its blocker count, which the officer's queue filters and sorts on.
 * Run after every screening of the proposal (the blockers of a proposal change with its screening).
 */
export const recordProposalBlockers = async (
  db: Kysely<Database>,
  proposalId: string,
  at: Date,
): Promise<Result<number>> => {
  const proposal = await findProposal(db, proposalId);
  if (!proposal) return notFound('Proposal');
  const report = await findingsOfProposal(db, proposal, { asOf: at.toISOString().slice(0, 10), at });
  if (!report.ok) return report;
  await updateBlockerCount(db, proposalId, report.value.counts.blocker, at);
  return ok(report.value.counts.blocker);
};
