import { claimNextJob, completeJob, failJob, reportJobProgress } from '../services/jobs/job-queue.ts';
import type { ServiceDeps } from '../services/service-deps.ts';
import type { JobHandlers } from './job-handlers.ts';

export type JobStep = { id: string; kind: string; status: 'done' | 'retry' | 'failed' } | null;

/**
 * One worker step: claims the next due job, runs its handler and records the outcome (done with its
 * result; a failure retried with backoff up to 3 attempts, then failed). Never throws for a job's failure.
 * Returns null when no job is due.
 */
export const runNextJob = async (deps: ServiceDeps, handlers: JobHandlers): Promise<JobStep> => {
  const job = await claimNextJob(deps);
  if (!job) return null;
  const handler = handlers[job.kind];
  if (!handler) {
    await failJob(deps, job, `No handler for job kind ${job.kind}`, 0);
    return { id: job.id, kind: job.kind, status: 'failed' };
  }
  let problem: string;
  try {
    const result = await handler(deps, job, (progress) => reportJobProgress(deps, job.id, progress));
    if (result.ok) {
      await completeJob(deps, job.id, result.value);
      return { id: job.id, kind: job.kind, status: 'done' };
    }
    problem = `${result.error.code}: ${result.error.message}`;
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
  }
  return { id: job.id, kind: job.kind, status: await failJob(deps, job, problem) };
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
