import type { Kysely } from 'kysely';
import type { Actor } from '../../core/accounts/roles.ts';
import type { Company } from '../../core/consortium/company.schema.ts';
import { walkOwnershipGraph } from '../../core/consortium/walk-ownership-graph.ts';
import { checkProposal, type EligibilityReport } from '../../core/eligibility/check-proposal.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import type { ProposalContent } from '../../core/package/proposal.schema.ts';
import { normalizeName } from '../../core/screening/matching/normalize.ts';
import { listAllOwnershipEdges, listCompanies } from '../../db/repos/companies.repo.ts';
import { findConsortium } from '../../db/repos/consortia.repo.ts';
import { listControlRelations } from '../../db/repos/control-relations.repo.ts';
import { listListVersions } from '../../db/repos/list-versions.repo.ts';
import { updateBlockerCount } from '../../db/repos/proposal-queue.repo.ts';
import { findProposal, type ProposalRecord } from '../../db/repos/proposals.repo.ts';
import { listScreenedParties } from '../../db/repos/screened-parties.repo.ts';
import type { Database } from '../../db/schema.ts';
import { loadVisibleProposal, notFound } from '../access.ts';
import { withListAges } from '../screening/list-ages.ts';
import type { ScreeningIndexCache } from '../screening/screening-index-cache.ts';
import { programSettingsAt } from '../settings/program-settings.ts';
import { type EndUserToScreen, screenEndUsers } from './screen-end-users.ts';

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
 * The named parties whose names are checked against the Entity, Unverified and MEU lists: every end user, and the
 * operator (the consignee of the hardware), keyed as their screening keys them (so adjudications apply).
 */
const endUsersOf = (content: ProposalContent): EndUserToScreen[] => {
  const key = (p: { name: string; country: string; companyId?: string | undefined }) =>
    p.companyId ? `company:${p.companyId}` : `name:${normalizeName(p.name)}|${p.country}`;
  const operator = content.operatingModel.operator;
  return [
    ...content.endUsers.map((p, i) => ({
      role: 'end user' as const,
      name: p.name,
      path: `content.endUsers.${i}`,
      country: p.country,
      partyKey: key(p),
    })),
    ...(operator
      ? [
          {
            role: 'consignee' as const,
            name: operator.name,
            path: 'content.operatingModel.operator',
            country: operator.country,
            partyKey: key(operator),
          },
        ]
      : []),
  ];
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
  screeningCache?: ScreeningIndexCache,
): Promise<Result<ProposalFindings>> => {
  const loaded = await loadVisibleProposal(db, actor, input.proposalId);
  if (!loaded.ok) return loaded;
  return findingsOfProposal(db, loaded.value, input, screeningCache);
};

/** The findings of a loaded proposal (no access check: callers check, or run for the system). */
export const findingsOfProposal = async (
  db: Kysely<Database>,
  proposal: ProposalRecord,
  input: { asOf: string; at: Date },
  screeningCache?: ScreeningIndexCache,
): Promise<Result<ProposalFindings>> => {
  const consortium = await findConsortium(db, proposal.consortiumId);
  if (!consortium) return notFound('Consortium');
  const members = consortium.members.map((m) => ({ companyId: m.companyId, role: m.role }));
  // the walk goes up through owners and through controllers without equity alike
  const allEdges = await listAllOwnershipEdges(db);
  const allControls = await listControlRelations(db);
  const walked = walkOwnershipGraph(
    members.map((m) => m.companyId),
    [...allEdges, ...allControls.map((c) => ({ ownerId: c.controllerId, ownedId: c.controlledId, sharePercent: 100 }))],
  );
  const inClosure = new Set(walked.ids);
  const closure = { ids: walked.ids, edges: allEdges.filter((e) => inClosure.has(e.ownedId)) };
  const controls = allControls.filter((c) => inClosure.has(c.controlledId));
  const companies: Company[] = await listCompanies(db, closure.ids);
  const settings = await programSettingsAt(db, input.at);
  const report = checkProposal({
    content: proposal.draft,
    companies,
    members,
    ownership: closure.edges,
    controls,
    settings: settings.settings,
    asOf: input.asOf,
    screenedParties: await screenedPartiesOf(db, proposal.id, input.at),
    endUserScreening: await screenEndUsers(
      { db, clock: () => input.at, ...(screeningCache ? { screeningCache } : {}) },
      endUsersOf(proposal.draft),
    ),
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
  screeningCache?: ScreeningIndexCache,
): Promise<Result<number>> => {
  const proposal = await findProposal(db, proposalId);
  if (!proposal) return notFound('Proposal');
  const report = await findingsOfProposal(db, proposal, { asOf: at.toISOString().slice(0, 10), at }, screeningCache);
  if (!report.ok) return report;
  await updateBlockerCount(db, proposalId, report.value.counts.blocker, at);
  return ok(report.value.counts.blocker);
};
