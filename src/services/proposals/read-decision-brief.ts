import type { Kysely } from 'kysely';
import type { Actor } from '../../core/accounts/roles.ts';
import type { Finding } from '../../core/eligibility/finding.ts';
import { DEFAULT_PROGRAM_SETTINGS } from '../../core/eligibility/program-settings.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import type { DesignationVerdict } from '../../core/proposal/designation-gate.ts';
import type { ProposalStatus, TransitionAction } from '../../core/proposal/proposal-status.ts';
import { allowedActions } from '../../core/proposal/workflow.ts';
import { hitListDetails } from '../../core/screening/hit-list-details.ts';
import type { HitStatus } from '../../core/screening/hit-status.ts';
import { listDecisionRecords } from '../../db/repos/decisions.repo.ts';
import type { Database } from '../../db/schema.ts';
import { loadVisibleProposal, mayOnProposal, refused } from '../access.ts';
import { gateVerdict, loadDesignationGate } from './load-designation-gate.ts';

/** Where one party's screening stands, as the decision maker reads it. */
export type PartyScreeningState = 'not_screened' | 'open_hits' | 'true_match' | 'cleared';

export type DecisionBrief = {
  proposal: { id: string; title: string; status: ProposalStatus; currentVersion: number | null };
  asOf: string;
  rulesVersion: string;
  findings: { blockers: Finding[]; warnings: Finding[] };
  screening: {
    maxListAgeDays: number;
    defaultMaxListAgeDays: number;
    /** set when the program accepts lists older than the default maximum age (the demo's bundled snapshot) */
    listAgeNote: string | null;
    parties: {
      id: string | null;
      kind: string;
      name: string;
      state: PartyScreeningState;
      screenedAt: string | null;
      lists: { source: string; asOf: string; ageDays: number; stale: boolean }[];
      hits: { id: string; status: HitStatus; listName: string; matchedName: string }[];
    }[];
  };
  reviews: {
    required: number;
    submitted: number;
    /** mean of the submitted reviews' criterion scores (unweighted), null without scores */
    meanScore: number | null;
    recommendations: { designate: number; decline: number; return: number };
    items: {
      reviewerName: string;
      agency: string | null;
      status: string;
      recommendation: string | null;
      meanScore: number | null;
      submittedAt: string | null;
    }[];
  };
  conflicts: {
    reviewerName: string;
    certification: string;
    recusalReason: string | null;
    waiverReason: string | null;
    waivedAt: string | null;
  }[];
  gate: DesignationVerdict;
  decisions: {
    id: string;
    action: string;
    version: number | null;
    determination: string;
    conditions: string[];
    termMonths: number | null;
    reportingDuties: string[];
    decidedByName: string;
    decidedAt: string;
    hash: string;
    overrides: { findingCode: string; findingTitle: string; justification: string }[];
  }[];
  allowedActions: TransitionAction[];
};

const mean = (values: readonly number[]): number | null =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;

/**
 * The decision brief of a proposal: its blocker and warning findings at the current rules date, each party's
 * screening with the list versions and their dates, the reviews with their recommendations, recusals and waivers,
 * the designation gate's verdict with every blocker, and the decisions taken. For officers who may read it
 * (`proposal.brief.read`); 404 for a proposal the caller may not see.
 */
export const readDecisionBrief = async (
  db: Kysely<Database>,
  actor: Actor,
  input: { proposalId: string; now: Date; demo: boolean },
): Promise<Result<DecisionBrief>> => {
  const loaded = await loadVisibleProposal(db, actor, input.proposalId);
  if (!loaded.ok) return loaded;
  const proposal = loaded.value;
  if (!(await mayOnProposal(db, actor, 'proposal.brief.read', proposal))) return refused('proposal.brief.read');
  const state = await loadDesignationGate(db, proposal, input.now);
  if (!state.ok) return state;
  const verdict = gateVerdict(state.value, []);
  if (!verdict.ok) return verdict;
  const { findings, settings, parties, unscreened, hits, reviews, assignments } = state.value;
  const stale = (p: (typeof parties)[number]) =>
    p.screeningStatus === 'not_screened' || p.lists.length === 0 || p.lists.every((l) => l.stale);
  const submitted = reviews.filter((r) => r.status === 'submitted');
  const usedLists = parties.flatMap((p) => p.lists);
  const oldest = usedLists.reduce<string | null>((a, l) => (a === null || l.asOf < a ? l.asOf : a), null);
  const allowance = settings.maxListAgeDays > DEFAULT_PROGRAM_SETTINGS.maxListAgeDays;
  const listAgeNote = !allowance
    ? null
    : `${input.demo ? 'demo: ' : ''}lists from ${oldest ?? 'any date'} accepted — the program's maximum list age is ${settings.maxListAgeDays} days (default ${DEFAULT_PROGRAM_SETTINGS.maxListAgeDays}).`;
  const decisions = await listDecisionRecords(db, proposal.id);
  return ok({
    proposal: {
      id: proposal.id,
      title: proposal.draft.title ?? '',
      status: proposal.status,
      currentVersion: proposal.currentVersion,
    },
    asOf: findings.asOf,
    rulesVersion: findings.rulesVersion,
    findings: {
      blockers: findings.findings.filter((f) => f.severity === 'blocker'),
      warnings: findings.findings.filter((f) => f.severity === 'needs_review'),
    },
    screening: {
      maxListAgeDays: settings.maxListAgeDays,
      defaultMaxListAgeDays: DEFAULT_PROGRAM_SETTINGS.maxListAgeDays,
      listAgeNote,
      parties: [
        ...parties.map((p) => {
          const own = hits.filter((h) => h.partyId === p.id);
          const state: PartyScreeningState = stale(p)
            ? 'not_screened'
            : own.some((h) => h.status === 'true_match')
              ? 'true_match'
              : own.some((h) => h.status === 'open')
                ? 'open_hits'
                : 'cleared';
          return {
            id: p.id,
            kind: p.kind,
            name: p.name,
            state,
            screenedAt: p.screenedAt?.toISOString() ?? null,
            lists: p.lists.map((l) => ({ source: l.source, asOf: l.asOf, ageDays: l.ageDays, stale: l.stale })),
            hits: own.map((h) => ({
              id: h.id,
              status: h.status,
              listName: hitListDetails(h).listName,
              matchedName: h.matchedName,
            })),
          };
        }),
        ...unscreened.map((p) => ({
          id: null,
          kind: p.kind,
          name: p.name,
          state: 'not_screened' as const,
          screenedAt: null,
          lists: [],
          hits: [],
        })),
      ],
    },
    reviews: {
      required: settings.reviewersPerProposal,
      submitted: submitted.length,
      meanScore: mean(submitted.flatMap((r) => Object.values(r.scores))),
      recommendations: {
        designate: submitted.filter((r) => r.recommendation === 'designate').length,
        decline: submitted.filter((r) => r.recommendation === 'decline').length,
        return: submitted.filter((r) => r.recommendation === 'return').length,
      },
      items: reviews.map((r) => ({
        reviewerName: r.reviewerName,
        agency: r.reviewerAgency,
        status: r.status,
        recommendation: r.status === 'submitted' ? r.recommendation : null,
        meanScore: r.status === 'submitted' ? mean(Object.values(r.scores)) : null,
        submittedAt: r.submittedAt?.toISOString() ?? null,
      })),
    },
    conflicts: assignments
      .filter((a) => a.certification !== 'certified' || a.waivedAt !== null)
      .map((a) => ({
        reviewerName: a.reviewerName,
        certification: a.certification,
        recusalReason: a.recusalReason,
        waiverReason: a.waiverReason,
        waivedAt: a.waivedAt?.toISOString() ?? null,
      })),
    gate: verdict.value,
    decisions: decisions.map((d) => ({
      id: d.id,
      action: d.action,
      version: d.version,
      determination: d.determination,
      conditions: d.conditions,
      termMonths: d.termMonths,
      reportingDuties: d.reportingDuties,
      decidedByName: d.decidedByName,
      decidedAt: d.decidedAt.toISOString(),
      hash: d.hash,
      overrides: d.overrides,
    })),
    allowedActions: allowedActions(proposal.status, actor),
  });
};
