import { JOB_POLICY, type JobLane, type JobPolicy, retryDelayMs, staleBefore } from '../../core/jobs/job-policy.ts';
import {
  claimDueJob,
  failAbandonedJobs,
  finishJob,
  heartbeatJob,
  type JobClaim,
  type JobRecord,
  releaseJob,
  retryJobLater,
  updateJobProgress,
} from '../../db/repos/jobs.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';

export type { JobClaim, JobRecord };

type QueueDeps = Pick<ServiceDeps, 'db' | 'clock'>;

/** The claim a worker holds on a job it claimed. */
export const claimOf = (job: JobRecord): JobClaim => ({ id: job.id, attempts: job.attempts });

/**
 * Claims the next due job of a lane (of any lane when lane is null), or null: a queued job whose time has come,
 * or a running one whose worker stopped heartbeating (taken over; a job that has used all its attempts is failed
 * instead). FOR UPDATE SKIP LOCKED: concurrent workers, in any instance, never share a claim.
 */
export const claimNextJob = async (
  deps: QueueDeps,
  options: { lane?: JobLane | null; policy?: JobPolicy } = {},
): Promise<JobRecord | null> => {
  const policy = options.policy ?? JOB_POLICY;
  const now = deps.clock();
  const lane = options.lane ?? null;
  const stale = staleBefore(now, policy);
  const silence = `its worker stopped heartbeating for ${policy.staleAfterMs / 1000} s`;
  await failAbandonedJobs(deps.db, {
    lane,
    now,
    staleBefore: stale,
    maxAttempts: policy.maxAttempts,
    error: `Abandoned after ${policy.maxAttempts} attempts: ${silence}`,
  });
  return claimDueJob(deps.db, { lane, now, staleBefore: stale, takeoverNote: `Taken over: ${silence}` });
};

/** Says the claim is still being worked on; false when another worker took the job over. */
export const heartbeat = (deps: QueueDeps, claim: JobClaim): Promise<boolean> =>
  heartbeatJob(deps.db, claim, deps.clock());

export const reportJobProgress = (
  deps: Pick<ServiceDeps, 'db'>,
  claim: JobClaim,
  progress: { done: number; total: number },
): Promise<void> => updateJobProgress(deps.db, claim, progress);

/** Records a claimed job's result; false when the claim was lost (the result is then dropped). */
export const completeJob = (deps: QueueDeps, claim: JobClaim, result: unknown): Promise<boolean> =>
  finishJob(deps.db, claim, { status: 'done', now: deps.clock(), result });

/**
 * Records a failure of a claimed job: retried later with exponential backoff (30 s, 60 s, …) until maxAttempts,
 * then failed. 'lost' when another worker took the job over meanwhile (nothing written).
 */
export const failJob = async (
  deps: QueueDeps,
  job: JobRecord,
  error: string,
  maxAttempts: number = JOB_POLICY.maxAttempts,
): Promise<'retry' | 'failed' | 'lost'> => {
  const now = deps.clock();
  const claim = claimOf(job);
  if (job.attempts >= maxAttempts) {
    return (await finishJob(deps.db, claim, { status: 'failed', now, error })) ? 'failed' : 'lost';
  }
  const runAfter = new Date(now.getTime() + retryDelayMs(job.attempts));
  return (await retryJobLater(deps.db, claim, { runAfter, error })) ? 'retry' : 'lost';
};

/** Gives a claimed job back, due at once and its attempt not counted, because its worker is stopping. */
export const releaseJobOnStop = async (deps: QueueDeps, job: JobRecord): Promise<'released' | 'lost'> =>
  (await releaseJob(deps.db, claimOf(job), { now: deps.clock(), note: 'Released: its worker stopped' }))
    ? 'released'
    : 'lost';
