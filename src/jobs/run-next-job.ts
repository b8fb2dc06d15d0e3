import { isJobKind, type JobKind, parseJobPayload } from '../services/jobs/job-payloads.ts';
import { claimNextJob, completeJob, failJob, type JobRecord, reportJobProgress } from '../services/jobs/job-queue.ts';
import type { ServiceDeps } from '../services/service-deps.ts';
import type { JobHandlers } from './job-handlers.ts';

export type JobStep = { id: string; kind: string; status: 'done' | 'retry' | 'failed' } | null;

/** Runs the handler of a job of kind K on its parsed payload; the problem when it fails, null when done. */
const runJob = async <K extends JobKind>(
  deps: ServiceDeps,
  handlers: JobHandlers,
  job: JobRecord,
  kind: K,
): Promise<{ problem: string; retry: boolean } | null> => {
  const handler = handlers[kind];
  if (!handler) return { problem: `No handler for job kind ${kind}`, retry: false };
  // a payload that does not match its kind's schema never will: the job fails at once
  const payload = parseJobPayload(kind, job.payload);
  if (!payload.ok) return { problem: `${payload.error.code}: ${payload.error.message}`, retry: false };
  try {
    const result = await handler(deps, { ...job, kind, payload: payload.value }, (progress) =>
      reportJobProgress(deps, job.id, progress),
    );
    if (result.ok) {
      await completeJob(deps, job.id, result.value);
      return null;
    }
    return { problem: `${result.error.code}: ${result.error.message}`, retry: true };
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error), retry: true };
  }
};

/**
 * One worker step: claims the next due job, runs its kind's handler on the parsed payload and records the outcome
 * (done with its result; a failure retried with backoff up to 3 attempts, then failed; an unknown kind or a
 * payload that fails its schema failed at once). Never throws for a job's failure. Returns null when no job is due.
 */
export const runNextJob = async (deps: ServiceDeps, handlers: JobHandlers): Promise<JobStep> => {
  const job = await claimNextJob(deps);
  if (!job) return null;
  const outcome = isJobKind(job.kind)
    ? await runJob(deps, handlers, job, job.kind)
    : { problem: `No handler for job kind ${job.kind}`, retry: false };
  if (!outcome) return { id: job.id, kind: job.kind, status: 'done' };
  const status = await failJob(deps, job, outcome.problem, outcome.retry ? undefined : 0);
  return { id: job.id, kind: job.kind, status };
};

/** Runs due jobs until none is left (tests, CLI); returns the steps taken. */
export const runJobsUntilIdle = async (deps: ServiceDeps, handlers: JobHandlers, max = 1000): Promise<JobStep[]> => {
  const steps: JobStep[] = [];
  for (let i = 0; i < max; i++) {
    const step = await runNextJob(deps, handlers);
    if (!step) break;
    steps.push(step);
  }
  return steps;
};
