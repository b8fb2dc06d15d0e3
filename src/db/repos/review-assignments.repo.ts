import type { Kysely, Selectable } from 'kysely';
import type { AssignmentSource, Certification } from '../../core/review/assignment.ts';
import type { Database, ReviewAssignmentsTable } from '../schema.ts';

export type AssignmentRecord = {
  id: string;
  proposalId: string;
  reviewerId: string;
  source: AssignmentSource;
  score: number | null;
  assignedBy: string;
  assignedAt: Date;
  publishedAt: Date | null;
  certification: Certification;
  certifiedAt: Date | null;
  recusalReason: string | null;
  waivedBy: string | null;
  waiverReason: string | null;
  waivedAt: Date | null;
};

type Row = Selectable<ReviewAssignmentsTable>;

const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));
const toRecord = (r: Row): AssignmentRecord => ({
  id: r.id,
  proposalId: r.proposal_id,
  reviewerId: r.reviewer_id,
  source: r.source as AssignmentSource,
  score: r.score,
  assignedBy: r.assigned_by,
  assignedAt: new Date(r.assigned_at),
  publishedAt: date(r.published_at),
  certification: r.certification as Certification,
  certifiedAt: date(r.certified_at),
  recusalReason: r.recusal_reason,
  waivedBy: r.waived_by,
  waiverReason: r.waiver_reason,
  waivedAt: date(r.waived_at),
});

/** A new assignment, unpublished and pending certification; with a waiver when the pair conflicts. */
export type NewAssignment = {
  id: string;
  proposalId: string;
  reviewerId: string;
  source: AssignmentSource;
  score: number | null;
  assignedBy: string;
  assignedAt: Date;
  waiver?: { by: string; reason: string; at: Date } | undefined;
};

/** Inserts assignments; a pair that already has one is left as it is. Returns the ids inserted. */
export const insertAssignments = async (db: Kysely<Database>, rows: readonly NewAssignment[]): Promise<string[]> => {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('review_assignments')
    .values(
      rows.map((a) => ({
        id: a.id,
        proposal_id: a.proposalId,
        reviewer_id: a.reviewerId,
        source: a.source,
        score: a.score,
        assigned_by: a.assignedBy,
        assigned_at: a.assignedAt,
        published_at: null,
        certified_at: null,
        recusal_reason: null,
        waived_by: a.waiver?.by ?? null,
        waiver_reason: a.waiver?.reason ?? null,
        waived_at: a.waiver?.at ?? null,
      })),
    )
    .onConflict((oc) => oc.columns(['proposal_id', 'reviewer_id']).doNothing())
    .returning('id')
    .execute();
  return inserted.map((r) => r.id);
};

export const findAssignment = async (
  db: Kysely<Database>,
  proposalId: string,
  reviewerId: string,
  options: { forUpdate?: boolean } = {},
): Promise<AssignmentRecord | null> => {
  let query = db
    .selectFrom('review_assignments')
    .selectAll()
    .where('proposal_id', '=', proposalId)
    .where('reviewer_id', '=', reviewerId);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toRecord(row) : null;
};

export const listAssignmentsOfProposal = async (
  db: Kysely<Database>,
  proposalId: string,
): Promise<AssignmentRecord[]> =>
  (
    await db
      .selectFrom('review_assignments')
      .selectAll()
      .where('proposal_id', '=', proposalId)
      .orderBy('assigned_at')
      .orderBy('id')
      .execute()
  ).map(toRecord);

/** The reviewer's assignments; only the published ones when asked. */
export const listAssignmentsOfReviewer = async (
  db: Kysely<Database>,
  reviewerId: string,
  options: { publishedOnly: boolean },
): Promise<AssignmentRecord[]> => {
  let query = db.selectFrom('review_assignments').selectAll().where('reviewer_id', '=', reviewerId);
  if (options.publishedOnly) query = query.where('published_at', 'is not', null);
  return (await query.orderBy('published_at', 'desc').orderBy('id').execute()).map(toRecord);
};

export const deleteAssignment = async (db: Kysely<Database>, id: string): Promise<void> => {
  await db.deleteFrom('review_assignments').where('id', '=', id).execute();
};

/** Publishes the proposal's unpublished assignments; returns the reviewers newly published to. */
export const publishAssignments = async (db: Kysely<Database>, proposalId: string, now: Date): Promise<string[]> => {
  const rows = await db
    .updateTable('review_assignments')
    .set({ published_at: now })
    .where('proposal_id', '=', proposalId)
    .where('published_at', 'is', null)
    .returning('reviewer_id')
    .execute();
  return rows.map((r) => r.reviewer_id);
};

export const setCertification = async (
  db: Kysely<Database>,
  id: string,
  change: { certification: Exclude<Certification, 'pending'>; at: Date; recusalReason: string | null },
): Promise<void> => {
  await db
    .updateTable('review_assignments')
    .set({ certification: change.certification, certified_at: change.at, recusal_reason: change.recusalReason })
    .where('id', '=', id)
    .execute();
};

export const setWaiver = async (
  db: Kysely<Database>,
  id: string,
  waiver: { by: string; reason: string; at: Date },
): Promise<void> => {
  await db
    .updateTable('review_assignments')
    .set({ waived_by: waiver.by, waiver_reason: waiver.reason, waived_at: waiver.at })
    .where('id', '=', id)
    .execute();
};

/**
 * The assignments that open a proposal's content to their reviewer: published, and certified free of conflict or
 * the computed conflict waived (a recusal never opens it).
 */
const openAssignments = (db: Kysely<Database>) =>
  db
    .selectFrom('review_assignments')
    .where('published_at', 'is not', null)
    .where((eb) =>
      eb.or([
        eb('certification', '=', 'certified'),
        eb.and([eb('waived_at', 'is not', null), eb('certification', '<>', 'recused')]),
      ]),
    );

/** The reviewers a proposal's content is open to. */
export const certifiedReviewerIdsOf = async (db: Kysely<Database>, proposalId: string): Promise<string[]> =>
  (await openAssignments(db).select('reviewer_id').where('proposal_id', '=', proposalId).execute()).map(
    (r) => r.reviewer_id,
  );

/** The proposals whose content is open to this reviewer. */
export const proposalIdsCertifiedFor = async (db: Kysely<Database>, reviewerId: string): Promise<string[]> =>
  (await openAssignments(db).select('proposal_id').where('reviewer_id', '=', reviewerId).execute()).map(
    (r) => r.proposal_id,
  );

/** Per reviewer, how many assignments they hold that are not recused (their current load). */
export const countActiveAssignments = async (db: Kysely<Database>): Promise<Map<string, number>> => {
  const rows = await db
    .selectFrom('review_assignments')
    .select(['reviewer_id', db.fn.countAll<number>().as('n')])
    .where('certification', '!=', 'recused')
    .groupBy('reviewer_id')
    .execute();
  return new Map(rows.map((r) => [r.reviewer_id, Number(r.n)]));
};
