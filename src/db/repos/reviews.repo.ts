import type { Kysely } from 'kysely';
import type { Recommendation, ReviewStatus, Scores } from '../../core/review/reviews.ts';
import type { Database } from '../schema.ts';

/** A reviewer's published assignment to a proposal, as reviews read it. */
export type ReviewAssignmentState = {
  reviewerId: string;
  reviewerName: string;
  /** 'pending' | 'certified' | 'recused' */
  certification: string;
  waived: boolean;
};

/** The published assignments of a proposal (unpublished ones are not the reviewer's yet). */
export const listPublishedAssignments = async (
  db: Kysely<Database>,
  proposalId: string,
): Promise<ReviewAssignmentState[]> =>
  (
    await db
      .selectFrom('review_assignments as a')
      .innerJoin('users as u', 'u.id', 'a.reviewer_id')
      .select(['a.reviewer_id', 'u.name', 'a.certification', 'a.waived_at'])
      .where('a.proposal_id', '=', proposalId)
      .where('a.published_at', 'is not', null)
      .orderBy('a.assigned_at')
      .orderBy('a.reviewer_id')
      .execute()
  ).map((r) => ({
    reviewerId: r.reviewer_id,
    reviewerName: r.name,
    certification: r.certification,
    waived: r.waived_at !== null,
  }));

export type ReviewRecord = {
  id: string;
  proposalId: string;
  reviewerId: string;
  reviewerName: string;
  reviewerAgency: string | null;
  rubricVersion: number;
  scores: Scores;
  recommendation: Recommendation | null;
  summary: string;
  status: ReviewStatus;
  updatedAt: Date;
  submittedAt: Date | null;
};

const reviewQuery = (db: Kysely<Database>) =>
  db
    .selectFrom('reviews as r')
    .innerJoin('users as u', 'u.id', 'r.reviewer_id')
    .select([
      'r.id',
      'r.proposal_id',
      'r.reviewer_id',
      'u.name as reviewer_name',
      'u.agency as reviewer_agency',
      'r.rubric_version',
      'r.scores',
      'r.recommendation',
      'r.summary',
      'r.status',
      'r.updated_at',
      'r.submitted_at',
    ]);

type ReviewRow = Awaited<ReturnType<ReturnType<typeof reviewQuery>['executeTakeFirstOrThrow']>>;

const toRecord = (r: ReviewRow): ReviewRecord => ({
  id: r.id,
  proposalId: r.proposal_id,
  reviewerId: r.reviewer_id,
  reviewerName: r.reviewer_name,
  reviewerAgency: r.reviewer_agency,
  rubricVersion: r.rubric_version,
  scores: (typeof r.scores === 'string' ? JSON.parse(r.scores) : r.scores) as Scores,
  recommendation: r.recommendation as Recommendation | null,
  summary: r.summary,
  status: r.status as ReviewStatus,
  updatedAt: new Date(r.updated_at),
  submittedAt: r.submitted_at === null ? null : new Date(r.submitted_at),
});

/** One reviewer's review of a proposal, or null; locked for the transaction with forUpdate. */
export const findReview = async (
  db: Kysely<Database>,
  key: { proposalId: string; reviewerId: string },
  options: { forUpdate?: boolean } = {},
): Promise<ReviewRecord | null> => {
  let query = reviewQuery(db).where('r.proposal_id', '=', key.proposalId).where('r.reviewer_id', '=', key.reviewerId);
  if (options.forUpdate) query = query.forUpdate('r');
  const row = await query.executeTakeFirst();
  return row ? toRecord(row) : null;
};

/** Every review of a proposal (drafts too: callers pick), oldest submission first. */
export const listReviews = async (db: Kysely<Database>, proposalId: string): Promise<ReviewRecord[]> =>
  (
    await reviewQuery(db)
      .where('r.proposal_id', '=', proposalId)
      .orderBy('r.submitted_at')
      .orderBy('r.updated_at')
      .orderBy('r.id')
      .execute()
  ).map(toRecord);

export type ReviewWrite = {
  scores: Scores;
  recommendation: Recommendation | null;
  summary: string;
  status: ReviewStatus;
  updatedAt: Date;
  submittedAt: Date | null;
};

export const insertReview = async (
  db: Kysely<Database>,
  review: ReviewWrite & { id: string; proposalId: string; reviewerId: string; rubricVersion: number },
): Promise<void> => {
  await db
    .insertInto('reviews')
    .values({
      id: review.id,
      proposal_id: review.proposalId,
      reviewer_id: review.reviewerId,
      rubric_version: review.rubricVersion,
      scores: JSON.stringify(review.scores),
      recommendation: review.recommendation,
      summary: review.summary,
      status: review.status,
      updated_at: review.updatedAt,
      submitted_at: review.submittedAt,
    })
    .execute();
};

/** Overwrites a draft (never a submitted review: the row is matched on status draft). Returns whether it did. */
export const updateDraftReview = async (db: Kysely<Database>, id: string, review: ReviewWrite): Promise<boolean> => {
  const result = await db
    .updateTable('reviews')
    .set({
      scores: JSON.stringify(review.scores),
      recommendation: review.recommendation,
      summary: review.summary,
      status: review.status,
      updated_at: review.updatedAt,
      submitted_at: review.submittedAt,
    })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
};

export type ReviewCommentRecord = {
  id: string;
  proposalId: string;
  authorId: string;
  authorName: string;
  authorRole: string;
  authorAgency: string | null;
  body: string;
  createdAt: Date;
};

/** A proposal's review discussion, oldest first. */
export const listReviewComments = async (db: Kysely<Database>, proposalId: string): Promise<ReviewCommentRecord[]> =>
  (
    await db
      .selectFrom('review_comments as c')
      .innerJoin('users as u', 'u.id', 'c.author_id')
      .select(['c.id', 'c.proposal_id', 'c.author_id', 'u.name', 'u.role', 'u.agency', 'c.body', 'c.created_at'])
      .where('c.proposal_id', '=', proposalId)
      .orderBy('c.created_at')
      .orderBy('c.id')
      .execute()
  ).map((r) => ({
    id: r.id,
    proposalId: r.proposal_id,
    authorId: r.author_id,
    authorName: r.name,
    authorRole: r.role,
    authorAgency: r.agency,
    body: r.body,
    createdAt: new Date(r.created_at),
  }));

export const insertReviewComment = async (
  db: Kysely<Database>,
  comment: { id: string; proposalId: string; authorId: string; body: string; createdAt: Date },
): Promise<void> => {
  await db
    .insertInto('review_comments')
    .values({
      id: comment.id,
      proposal_id: comment.proposalId,
      author_id: comment.authorId,
      body: comment.body,
      created_at: comment.createdAt,
    })
    .execute();
};
