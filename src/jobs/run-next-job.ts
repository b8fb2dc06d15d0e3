import { JOB_POLICY, type JobLane, type JobPolicy } from '../core/jobs/job-policy.ts';
import { isJobKind, type JobKind, parseJobPayload } from '../services/jobs/job-payloads.ts';
import {
  claimNextJob,
  claimOf,
  completeJob,
  failJob,
  heartbeat,
  type JobRecord,
  releaseJobOnStop,
  reportJobProgress,
} from '../services/jobs/job-queue.ts';
import type { ServiceDeps } from '../services/service-deps.ts';
import type { JobHandlers } from './job-handlers.ts';

/**
 * 'lost': another worker took the job over while this one ran it (its outcome was dropped); 'released': the
 * worker stopped during a failed or aborted run and handed the job back, its attempt not counted.
 */
export type JobStep = { id: string; kind: string; status: 'done' | 'retry' | 'failed' | 'lost' | 'released' } | null;

/** Calls beat every intervalMs until the returned function is called (a timer in production, by hand in tests). */
export type HeartbeatTimer = (beat: () => Promise<void>, intervalMs: number) => () => void;

const intervalTimer: HeartbeatTimer = (beat, intervalMs) => {
  const timer = setInterval(() => void beat(), intervalMs);
  timer.unref();
  return () => clearInterval(timer);
};

export type RunJobOptions = {
  /** the lane to claim from; every lane when absent */
  lane?: JobLane;
  /** aborts the running handler (the worker is stopping) */
  signal?: AbortSignal;
  /** schedules the heartbeat of the running job; setInterval by default */
  heartbeatTimer?: HeartbeatTimer;
  policy?: JobPolicy;
};

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Runs the handler of a job of kind K on its parsed payload; the problem when it fails, null when done. */
const runJob = async <K extends JobKind>(
  deps: ServiceDeps,
  handlers: JobHandlers,
  job: JobRecord,
  kind: K,
  signal: AbortSignal,
): Promise<{ problem: string; retry: boolean } | 'done' | 'lost'> => {
  const handler = handlers[kind];
  if (!handler) return { problem: `No handler for job kind ${kind}`, retry: false };
  // a payload that does not match its kind's schema never will: the job fails at once
  const payload = parseJobPayload(kind, job.payload);
  if (!payload.ok) return { problem: `${payload.error.code}: ${payload.error.message}`, retry: false };
  try {
    const result = await handler(
      deps,
      { ...job, kind, payload: payload.value },
      (progress) => reportJobProgress(deps, claimOf(job), progress),
      signal,
    );
    if (result.ok) return (await completeJob(deps, claimOf(job), result.value)) ? 'done' : 'lost';
    return { problem: `${result.error.code}: ${result.error.message}`, retry: true };
  } catch (error) {
    return { problem: signal.aborted ? `Aborted: ${reason(signal.reason)}` : reason(error), retry: true };
  }
};

/**
 * One worker step: claims the next due job (of the lane, when given), runs its kind's handler on the parsed
 * payload while heartbeating, and records the outcome (done with its result; a failure retried with backoff up
 * to 3 attempts, then failed; an unknown kind or a payload that fails its schema failed at once). The handler's
 * signal aborts when the worker stops (a job that then fails is handed back, its attempt not counted) or when a
 * heartbeat finds the job taken over by another worker (its outcome is dropped). Never throws for a job's failure. Returns null when no job is due.
 */
export const runNextJob = async (
  deps: ServiceDeps,
  handlers: JobHandlers,
  options: RunJobOptions = {},
): Promise<JobStep> => {
  const policy = options.policy ?? JOB_POLICY;
  const job = await claimNextJob(deps, { lane: options.lane ?? null, policy });
  if (!job) return null;
  const lost = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, lost.signal]) : lost.signal;
  const stopHeartbeat = (options.heartbeatTimer ?? intervalTimer)(async () => {
    try {
      if (!(await heartbeat(deps, claimOf(job)))) lost.abort(new Error('another worker took the job over'));
    } catch {
      // a failed heartbeat is retried at the next beat; the job is taken over only after staleAfterMs of silence
    }
  }, policy.heartbeatIntervalMs);
  try {
    const outcome = isJobKind(job.kind)
      ? await runJob(deps, handlers, job, job.kind, signal)
      : { problem: `No handler for job kind ${job.kind}`, retry: false };
    if (outcome === 'done' || outcome === 'lost') return { id: job.id, kind: job.kind, status: outcome };
    if (outcome.retry && options.signal?.aborted) {
      return { id: job.id, kind: job.kind, status: await releaseJobOnStop(deps, job) };
    }
    const status = await failJob(deps, job, outcome.problem, outcome.retry ? policy.maxAttempts : 0);
    return { id: job.id, kind: job.kind, status };
  } finally {
    stopHeartbeat();
  }
};

/** Runs due jobs (of every lane unless one is given) until none is left (tests, CLI); returns the steps taken. */
export const runJobsUntilIdle = async (
  deps: ServiceDeps,
  handlers: JobHandlers,
  max = 1000,
  options: RunJobOptions = {},
): Promise<JobStep[]> => {
  const steps: JobStep[] = [];
  for (let i = 0; i < max; i++) {
    const step = await runNextJob(deps, handlers, options);
    if (!step) break;
    steps.push(step);
  }
  return steps;
};
