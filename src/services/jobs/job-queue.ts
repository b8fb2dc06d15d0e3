import { claimDueJob, finishJob, type JobRecord, retryJobLater, updateJobProgress } from '../../db/repos/jobs.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';

export type { JobRecord };

/** A job still running after this long is taken to have lost its worker and may be claimed again. */
const STALE_MS = 15 * 60 * 1000;

/** Claims the next due job (FOR UPDATE SKIP LOCKED: concurrent workers never share one), or null. */
export const claimNextJob = async (deps: Pick<ServiceDeps, 'db' | 'clock'>): Promise<JobRecord | null> => {
  const now = deps.clock();
  return deps.db
    .transaction()
    .execute((trx) => claimDueJob(trx, { now, staleBefore: new Date(now.getTime() - STALE_MS) }));
};

export const reportJobProgress = (
  deps: Pick<ServiceDeps, 'db'>,
  jobId: string,
  progress: { done: number; total: number },
): Promise<void> => updateJobProgress(deps.db, jobId, progress);

export const completeJob = (deps: Pick<ServiceDeps, 'db' | 'clock'>, jobId: string, result: unknown): Promise<void> =>
  finishJob(deps.db, jobId, { status: 'done', now: deps.clock(), result });

/** Records a failure: retried later with exponential backoff (30 s, 60 s, …) until maxAttempts, then failed. */
export const failJob = async (
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  job: JobRecord,
  error: string,
  maxAttempts = 3,
): Promise<'retry' | 'failed'> => {
  const now = deps.clock();
  if (job.attempts >= maxAttempts) {
    await finishJob(deps.db, job.id, { status: 'failed', now, error });
    return 'failed';
  }
  const delay = 30_000 * 2 ** (job.attempts - 1);
  await retryJobLater(deps.db, job.id, { runAfter: new Date(now.getTime() + delay), error });
  return 'retry';
};
