import { type Kysely, sql } from 'kysely';
import type { JobStatus } from '../../core/jobs/job-status.ts';
import type { Database } from '../schema.ts';

export type { JobStatus };

export type JobRecord = {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  status: JobStatus;
  attempts: number;
  progress: unknown;
  lastError: string | null;
  runAfter: Date;
  lockedAt: Date | null;
  createdAt: Date;
  finishedAt: Date | null;
  lane: string;
  heartbeatAt: Date | null;
};

type Row = {
  id: string;
  kind: string;
  payload: unknown;
  status: string;
  attempts: number;
  progress: unknown;
  last_error: string | null;
  run_after: Date | string;
  locked_at: Date | string | null;
  created_at: Date | string;
  finished_at: Date | string | null;
  lane: string;
  heartbeat_at: Date | string | null;
};

const date = (value: Date | string | null): Date | null => (value === null ? null : new Date(value));

const toJob = (row: Row): JobRecord => ({
  id: row.id,
  kind: row.kind,
  payload: row.payload as Record<string, unknown>,
  status: row.status as JobStatus,
  attempts: row.attempts,
  progress: row.progress,
  lastError: row.last_error,
  runAfter: new Date(row.run_after),
  lockedAt: date(row.locked_at),
  createdAt: new Date(row.created_at),
  finishedAt: date(row.finished_at),
  lane: row.lane,
  heartbeatAt: date(row.heartbeat_at),
});

export const insertJob = async (
  db: Kysely<Database>,
  job: { id: string; kind: string; payload: Record<string, unknown>; now: Date; lane?: string },
): Promise<void> => {
  await db
    .insertInto('jobs')
    .values({
      id: job.id,
      kind: job.kind,
      lane: job.lane ?? 'default',
      payload: JSON.stringify(job.payload),
      status: 'queued',
      attempts: 0,
      progress: null,
      run_after: job.now,
      created_at: job.now,
    })
    .execute();
};

export const findJob = async (db: Kysely<Database>, id: string): Promise<JobRecord | null> => {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toJob(row as Row) : null;
};

/** Which claim of a job a worker holds: the job and its attempt number (each claim counts one). */
export type JobClaim = { id: string; attempts: number };

const ownedBy = (claim: JobClaim) =>
  sql<boolean>`id = ${claim.id} AND attempts = ${claim.attempts} AND status = 'running'`;

/**
 * Fails the running jobs of a lane whose worker stopped heartbeating before staleBefore and that have used all
 * their attempts; returns how many.
 */
export const failAbandonedJobs = async (
  db: Kysely<Database>,
  options: { lane: string | null; now: Date; staleBefore: Date; maxAttempts: number; error: string },
): Promise<number> => {
  const result = await sql`UPDATE jobs
    SET status = 'failed', finished_at = ${options.now}, locked_at = NULL, heartbeat_at = NULL,
        last_error = ${options.error}
    WHERE status = 'running' AND heartbeat_at < ${options.staleBefore} AND attempts >= ${options.maxAttempts}
      AND (${options.lane}::text IS NULL OR lane = ${options.lane})`.execute(db);
  return Number(result.numAffectedRows ?? 0);
};

/**
 * Claims the oldest due job of a lane (all lanes when lane is null): a queued job whose run_after has come, or a
 * running job whose worker stopped heartbeating before staleBefore (taken over, with takeoverNote as its last
 * error). One statement, `UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED LIMIT 1)`: concurrent workers,
 * in this process or another, never take the same claim. The claim counts an attempt.
 */
export const claimDueJob = async (
  db: Kysely<Database>,
  options: { lane: string | null; now: Date; staleBefore: Date; takeoverNote: string },
): Promise<JobRecord | null> => {
  const claimed = await sql<Row>`UPDATE jobs
    SET status = 'running', locked_at = ${options.now}, heartbeat_at = ${options.now}, attempts = attempts + 1,
        last_error = CASE WHEN status = 'running' THEN ${options.takeoverNote} ELSE last_error END
    WHERE id = (
      SELECT id FROM jobs
      WHERE ((status = 'queued' AND run_after <= ${options.now})
          OR (status = 'running' AND heartbeat_at < ${options.staleBefore}))
        AND (${options.lane}::text IS NULL OR lane = ${options.lane})
      ORDER BY run_after, created_at, id
      LIMIT 1
      FOR UPDATE SKIP LOCKED)
    RETURNING *`.execute(db);
  const row = claimed.rows[0];
  return row ? toJob(row) : null;
};

/** Records that the worker holding a claim is still running it; false when the claim was lost (taken over). */
export const heartbeatJob = async (db: Kysely<Database>, claim: JobClaim, now: Date): Promise<boolean> => {
  const result = await db.updateTable('jobs').set({ heartbeat_at: now }).where(ownedBy(claim)).executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
};

export const updateJobProgress = async (db: Kysely<Database>, claim: JobClaim, progress: unknown): Promise<void> => {
  await db
    .updateTable('jobs')
    .set({ progress: JSON.stringify(progress) })
    .where(ownedBy(claim))
    .execute();
};

/** Ends a claimed job; false (and nothing written) when the claim was lost to another worker. */
export const finishJob = async (
  db: Kysely<Database>,
  claim: JobClaim,
  outcome: { status: 'done' | 'failed'; now: Date; error?: string; result?: unknown },
): Promise<boolean> => {
  const result = await db
    .updateTable('jobs')
    .set({
      status: outcome.status,
      finished_at: outcome.now,
      locked_at: null,
      heartbeat_at: null,
      last_error: outcome.error ?? null,
      ...(outcome.result === undefined ? {} : { progress: JSON.stringify(outcome.result) }),
    })
    .where(ownedBy(claim))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
};

/** Queues a claimed job again for runAfter; false when the claim was lost to another worker. */
export const retryJobLater = async (
  db: Kysely<Database>,
  claim: JobClaim,
  retry: { runAfter: Date; error: string },
): Promise<boolean> => {
  const result = await db
    .updateTable('jobs')
    .set({ status: 'queued', run_after: retry.runAfter, locked_at: null, heartbeat_at: null, last_error: retry.error })
    .where(ownedBy(claim))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
};

/**
 * Hands a claimed job back to the queue, due at once and without counting the attempt (its worker is stopping);
 * false when the claim was lost to another worker.
 */
export const releaseJob = async (db: Kysely<Database>, claim: JobClaim, release: { now: Date; note: string }) => {
  const result = await db
    .updateTable('jobs')
    .set({
      status: 'queued',
      run_after: release.now,
      attempts: sql`attempts - 1`,
      locked_at: null,
      heartbeat_at: null,
      last_error: release.note,
    })
    .where(ownedBy(claim))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
};

/**
 * Per value of a payload field (e.g. a list source), the jobs of a kind: whether one is queued or running, and
 * when the latest was created. Serialise callers with lockJobKind to act on it without a race.
 */
export const jobsByPayloadField = async (
  db: Kysely<Database>,
  input: { kind: string; field: string },
): Promise<Map<string, { pending: boolean; lastCreatedAt: Date }>> => {
  const rows = await db
    .selectFrom('jobs')
    .select([
      sql<string>`payload->>${sql.lit(input.field)}`.as('value'),
      sql<boolean>`bool_or(status IN ('queued', 'running'))`.as('pending'),
      sql<Date | string>`max(created_at)`.as('last_created_at'),
    ])
    .where('kind', '=', input.kind)
    .groupBy(sql`payload->>${sql.lit(input.field)}`)
    .execute();
  return new Map(
    rows.map((row) => [row.value, { pending: row.pending === true, lastCreatedAt: new Date(row.last_created_at) }]),
  );
};

/** Serialises the callers that enqueue jobs of one kind after checking the queue: a transaction-level advisory lock. */
export const lockJobKind = async (trx: Kysely<Database>, kind: string): Promise<void> => {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`jobs:${kind}`}))`.execute(trx);
};

/** Per value of a payload field (e.g. a list source), the newest finished job of a kind (done or failed). */
export const latestFinishedJobsByPayloadField = async (
  db: Kysely<Database>,
  input: { kind: string; field: string },
): Promise<Map<string, JobRecord>> => {
  const field = sql`payload->>${sql.lit(input.field)}`;
  const rows = await db
    .selectFrom('jobs')
    .selectAll()
    .distinctOn(field)
    .where('kind', '=', input.kind)
    .where('status', 'in', ['done', 'failed'])
    .orderBy(field)
    .orderBy('finished_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const jobs = rows.map(toJob);
  return new Map(jobs.map((job) => [String(job.payload[input.field]), job]));
};

/**
 * Per value of a payload field (e.g. a list source), the latest job of a kind (by creation), optionally only the
 * jobs whose payload field `where.field` equals `where.value` (e.g. the scheduled ones).
 */
export const latestJobsByPayloadField = async (
  db: Kysely<Database>,
  input: { kind: string; field: string; where?: { field: string; value: string } },
): Promise<Map<string, JobRecord>> => {
  const field = sql`payload->>${sql.lit(input.field)}`;
  const where = input.where ? sql`payload->>${sql.lit(input.where.field)} = ${input.where.value}` : sql`TRUE`;
  const rows = await sql<Row & { value: string }>`SELECT DISTINCT ON (${field}) *, ${field} AS value
    FROM jobs
    WHERE kind = ${input.kind} AND ${field} IS NOT NULL AND ${where}
    ORDER BY ${field}, created_at DESC, id DESC`.execute(db);
  return new Map(rows.rows.map((row) => [row.value, toJob(row)]));
};
