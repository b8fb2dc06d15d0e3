import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** A decision maker's decision as stored (immutable). */
export type DecisionRecord = {
  id: string;
  proposalId: string;
  version: number | null;
  action: string;
  determination: string;
  conditions: string[];
  termMonths: number | null;
  reportingDuties: string[];
  gate: unknown;
  decidedBy: string;
  decidedByName: string;
  decidedAt: Date;
  hash: string;
  overrides: { findingCode: string; findingTitle: string; justification: string }[];
};

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export const insertDecisionRecord = async (
  db: Kysely<Database>,
  record: Omit<DecisionRecord, 'decidedByName' | 'overrides'> & {
    overrides: { id: string; findingCode: string; findingTitle: string; justification: string }[];
  },
): Promise<void> => {
  await db
    .insertInto('decision_records')
    .values({
      id: record.id,
      proposal_id: record.proposalId,
      version: record.version,
      action: record.action,
      determination: record.determination,
      conditions: JSON.stringify(record.conditions),
      term_months: record.termMonths,
      reporting_duties: JSON.stringify(record.reportingDuties),
      gate: JSON.stringify(record.gate),
      decided_by: record.decidedBy,
      decided_at: record.decidedAt,
      hash: record.hash,
    })
    .execute();
  if (record.overrides.length === 0) return;
  await db
    .insertInto('decision_overrides')
    .values(
      record.overrides.map((o) => ({
        id: o.id,
        decision_id: record.id,
        proposal_id: record.proposalId,
        finding_code: o.findingCode,
        finding_title: o.findingTitle,
        justification: o.justification,
        created_at: record.decidedAt,
      })),
    )
    .execute();
};

/** A proposal's decisions, oldest first, with their overrides. */
export const listDecisionRecords = async (db: Kysely<Database>, proposalId: string): Promise<DecisionRecord[]> => {
  const rows = await db
    .selectFrom('decision_records as d')
    .innerJoin('users as u', 'u.id', 'd.decided_by')
    .selectAll('d')
    .select('u.name as decided_by_name')
    .where('d.proposal_id', '=', proposalId)
    .orderBy('d.decided_at')
    .orderBy('d.id')
    .execute();
  if (rows.length === 0) return [];
  const overrides = await db
    .selectFrom('decision_overrides')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    proposalId: row.proposal_id,
    version: row.version,
    action: row.action,
    determination: row.determination,
    conditions: strings(row.conditions),
    termMonths: row.term_months,
    reportingDuties: strings(row.reporting_duties),
    gate: row.gate,
    decidedBy: row.decided_by,
    decidedByName: row.decided_by_name,
    decidedAt: new Date(row.decided_at),
    hash: row.hash,
    overrides: overrides
      .filter((o) => o.decision_id === row.id)
      .map((o) => ({ findingCode: o.finding_code, findingTitle: o.finding_title, justification: o.justification })),
  }));
};

/** The reviews of a proposal as the gate and the brief read them (the review features own writing them). */
export type ReviewRow = {
  reviewerId: string;
  reviewerName: string;
  reviewerAgency: string | null;
  status: string;
  recommendation: string | null;
  scores: Record<string, number>;
  submittedAt: Date | null;
};

export const listProposalReviews = async (db: Kysely<Database>, proposalId: string): Promise<ReviewRow[]> => {
  const rows = await db
    .selectFrom('reviews as r')
    .innerJoin('users as u', 'u.id', 'r.reviewer_id')
    .select(['r.reviewer_id', 'u.name', 'u.agency', 'r.status', 'r.recommendation', 'r.scores', 'r.submitted_at'])
    .where('r.proposal_id', '=', proposalId)
    .orderBy('u.name')
    .execute();
  return rows.map((r) => ({
    reviewerId: r.reviewer_id,
    reviewerName: r.name,
    reviewerAgency: r.agency,
    status: r.status,
    recommendation: r.recommendation,
    scores:
      r.scores !== null && typeof r.scores === 'object'
        ? Object.fromEntries(
            Object.entries(r.scores as Record<string, unknown>).filter(
              (e): e is [string, number] => typeof e[1] === 'number',
            ),
          )
        : {},
    submittedAt: r.submitted_at === null ? null : new Date(r.submitted_at),
  }));
};

/** The review assignments of a proposal with their certification and any waiver. */
export type AssignmentRow = {
  id: string;
  reviewerId: string;
  reviewerName: string;
  certification: string;
  recusalReason: string | null;
  waiverReason: string | null;
  waivedAt: Date | null;
};

export const listProposalAssignments = async (db: Kysely<Database>, proposalId: string): Promise<AssignmentRow[]> => {
  const rows = await db
    .selectFrom('review_assignments as a')
    .innerJoin('users as u', 'u.id', 'a.reviewer_id')
    .select([
      'a.id',
      'a.reviewer_id',
      'u.name',
      'a.certification',
      'a.recusal_reason',
      'a.waiver_reason',
      'a.waived_at',
    ])
    .where('a.proposal_id', '=', proposalId)
    .orderBy('u.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    reviewerId: r.reviewer_id,
    reviewerName: r.name,
    certification: r.certification,
    recusalReason: r.recusal_reason,
    waiverReason: r.waiver_reason,
    waivedAt: r.waived_at === null ? null : new Date(r.waived_at),
  }));
};

/** A certified assignment and its submitted review, as the demo seeds them (the review features write their own). */
export const insertSubmittedReview = async (
  db: Kysely<Database>,
  review: {
    assignmentId: string;
    reviewId: string;
    proposalId: string;
    reviewerId: string;
    assignedBy: string;
    scores: Record<string, number>;
    recommendation: 'designate' | 'decline' | 'return';
    summary: string;
    at: Date;
  },
): Promise<void> => {
  await db
    .insertInto('review_assignments')
    .values({
      id: review.assignmentId,
      proposal_id: review.proposalId,
      reviewer_id: review.reviewerId,
      source: 'manual',
      score: null,
      assigned_by: review.assignedBy,
      assigned_at: review.at,
      published_at: review.at,
      certification: 'certified',
      certified_at: review.at,
      recusal_reason: null,
      waived_by: null,
      waiver_reason: null,
      waived_at: null,
    })
    .execute();
  await db
    .insertInto('reviews')
    .values({
      id: review.reviewId,
      proposal_id: review.proposalId,
      reviewer_id: review.reviewerId,
      rubric_version: 1,
      scores: JSON.stringify(review.scores),
      recommendation: review.recommendation,
      summary: review.summary,
      status: 'submitted',
      updated_at: review.at,
      submitted_at: review.at,
    })
    .execute();
};
