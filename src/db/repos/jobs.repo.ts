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
});

export const insertJob = async (
  db: Kysely<Database>,
  job: { id: string; kind: string; payload: Record<string, unknown>; now: Date },
): Promise<void> => {
  await db
    .insertInto('jobs')
    .values({
      id: job.id,
      kind: job.kind,
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

/**
 * Claims the oldest job that is due (or a running job whose worker stopped answering before staleBefore):
 * locks it with FOR UPDATE SKIP LOCKED, so concurrent workers never take the same job, and marks it running.
 * Call inside a transaction.
 */
export const claimDueJob = async (
  trx: Kysely<Database>,
  options: { now: Date; staleBefore: Date },
): Promise<JobRecord | null> => {
  const found = await sql<{ id: string }>`SELECT id FROM jobs
    WHERE (status = 'queued' AND run_after <= ${options.now})
       OR (status = 'running' AND locked_at < ${options.staleBefore})
    ORDER BY run_after, created_at, id
    LIMIT 1
    FOR UPDATE SKIP LOCKED`.execute(trx);
  const id = found.rows[0]?.id;
  if (id === undefined) return null;
  await trx
    .updateTable('jobs')
    .set({ status: 'running', locked_at: options.now, attempts: sql`attempts + 1` })
    .where('id', '=', id)
    .execute();
  return findJob(trx, id);
};

export const updateJobProgress = async (db: Kysely<Database>, id: string, progress: unknown): Promise<void> => {
  await db
    .updateTable('jobs')
    .set({ progress: JSON.stringify(progress) })
    .where('id', '=', id)
    .execute();
};

export const finishJob = async (
  db: Kysely<Database>,
  id: string,
  outcome: { status: 'done' | 'failed'; now: Date; error?: string; result?: unknown },
): Promise<void> => {
  await db
    .updateTable('jobs')
    .set({
      status: outcome.status,
      finished_at: outcome.now,
      locked_at: null,
      last_error: outcome.error ?? null,
      ...(outcome.result === undefined ? {} : { progress: JSON.stringify(outcome.result) }),
    })
    .where('id', '=', id)
    .execute();
};

export const retryJobLater = async (
  db: Kysely<Database>,
  id: string,
  retry: { runAfter: Date; error: string },
): Promise<void> => {
  await db
    .updateTable('jobs')
    .set({ status: 'queued', run_after: retry.runAfter, locked_at: null, last_error: retry.error })
    .where('id', '=', id)
    .execute();
};
