import type { Kysely } from 'kysely';
import type { ProgramSettings } from '../../core/eligibility/program-settings.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import {
  type DesignationGateInput,
  type DesignationVerdict,
  decideDesignationGate,
  type GateConflict,
  type GateOverride,
} from '../../core/proposal/designation-gate.ts';
import { hitListDetails } from '../../core/screening/hit-list-details.ts';
import {
  type AssignmentRow,
  listProposalAssignments,
  listProposalReviews,
  type ReviewRow,
} from '../../db/repos/decisions.repo.ts';
import { listListVersions } from '../../db/repos/list-versions.repo.ts';
import type { ProposalRecord } from '../../db/repos/proposals.repo.ts';
import { listScreenedParties, type ScreenedPartyRecord } from '../../db/repos/screened-parties.repo.ts';
import { type HitListItem, listHits } from '../../db/repos/screening-hits.repo.ts';
import type { Database } from '../../db/schema.ts';
import { findingsOfProposal, type ProposalFindings } from '../eligibility/check-proposal-findings.ts';
import { conflictsWithProposal } from '../review/review-conflicts.ts';
import { collectProposalParties } from '../screening/collect-proposal-parties.ts';
import { type AgedListVersion, withListAges } from '../screening/list-ages.ts';
import { programSettingsAt } from '../settings/program-settings.ts';

/** Everything the gate read, kept for the decision brief beside the verdict. */
export type DesignationGateState = {
  findings: ProposalFindings;
  settings: ProgramSettings;
  parties: (ScreenedPartyRecord & { lists: AgedListVersion[] })[];
  /** parties the proposal has now that were never screened */
  unscreened: { kind: string; name: string }[];
  hits: HitListItem[];
  reviews: ReviewRow[];
  assignments: AssignmentRow[];
  conflicts: GateConflict[];
  input: Omit<DesignationGateInput, 'overrides'>;
};

/**
 * Loads what the designation gate decides on, as of `now`: the findings at the current rules date, the proposal's
 * parties and their stored screening (list versions aged against the maximum list age in force), the hits, the
 * submitted reviews against the program's reviewers per proposal, and the assignments' recusals and waivers.
 * No access check: callers check.
 */
export const loadDesignationGate = async (
  db: Kysely<Database>,
  proposal: ProposalRecord,
  now: Date,
): Promise<Result<DesignationGateState>> => {
  const findings = await findingsOfProposal(db, proposal, { asOf: now.toISOString().slice(0, 10), at: now });
  if (!findings.ok) return findings;
  const { settings } = await programSettingsAt(db, now);
  const expected = await collectProposalParties(db, proposal);
  const stored = await listScreenedParties(db, { proposalId: proposal.id });
  const versions = new Map((await withListAges(db, await listListVersions(db), now)).map((v) => [v.id, v]));
  const parties = stored.map((p) => ({
    ...p,
    lists: p.listVersionIds.flatMap((id) => {
      const v = versions.get(id);
      return v ? [v] : [];
    }),
  }));
  const hits = await listHits(db, { partyIds: parties.map((p) => p.id) });
  const reviews = await listProposalReviews(db, proposal.id);
  const assignments = await listProposalAssignments(db, proposal.id);
  // computed conflicts of interest: each assigned reviewer's declared affiliations against the proposal's companies
  // (recusals are counted from the assignments themselves); a program officer's waiver resolves a computed conflict
  const computed = await conflictsWithProposal(
    db,
    proposal,
    assignments.map((a) => a.reviewerId),
    now,
  );
  const conflicts: GateConflict[] = assignments.flatMap((a) =>
    (computed.get(a.reviewerId) ?? []).map((c) => ({
      id: `${a.id}:${c.affiliationId}`,
      reviewerName: a.reviewerName,
      companyName: `${c.partyName} (declared: ${c.affiliationCompany}, ${c.relationship.replaceAll('_', ' ')})`,
      waived: a.waivedAt !== null,
    })),
  );
  const storedKeys = new Set(stored.map((p) => `${p.kind}|${p.partyKey}`));
  const input: Omit<DesignationGateInput, 'overrides'> = {
    findings: findings.value.findings,
    parties: expected.map((p) => ({ kind: p.kind, partyKey: p.partyKey, name: p.name })),
    screenedParties: parties.map((p) => ({
      id: p.id,
      kind: p.kind,
      partyKey: p.partyKey,
      name: p.name,
      screeningStatus: p.screeningStatus,
      screenedAt: p.screenedAt?.toISOString() ?? null,
      lists: p.lists.map((l) => ({ id: l.id, source: l.source, asOf: l.asOf, ageDays: l.ageDays })),
    })),
    hits: hits.map((h) => ({
      id: h.id,
      partyId: h.partyId,
      status: h.status,
      listName: hitListDetails(h).listName,
      matchedName: h.matchedName,
    })),
    maxListAgeDays: settings.maxListAgeDays,
    submittedReviews: reviews.filter((r) => r.status === 'submitted').length,
    requiredReviews: settings.reviewersPerProposal,
    assignments: assignments.map((a) => ({
      id: a.id,
      reviewerName: a.reviewerName,
      certification: a.certification,
      waived: a.waivedAt !== null,
    })),
    conflicts,
  };
  return ok({
    findings: findings.value,
    settings,
    parties,
    unscreened: expected
      .filter((p) => !storedKeys.has(`${p.kind}|${p.partyKey}`))
      .map((p) => ({ kind: p.kind, name: p.name })),
    hits,
    reviews,
    assignments,
    conflicts,
    input,
  });
};

/** The gate's verdict on a loaded state with the decision maker's overrides (invalid overrides: invalid_input). */
export const gateVerdict = (
  state: DesignationGateState,
  overrides: readonly GateOverride[],
): Result<DesignationVerdict> => decideDesignationGate({ ...state.input, overrides });
