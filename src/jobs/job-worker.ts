import { JOB_LANES, JOB_POLICY, type JobLane } from '../core/jobs/job-policy.ts';
import type { ServiceDeps } from '../services/service-deps.ts';
import type { JobHandlers } from './job-handlers.ts';
import { type RunJobOptions, runNextJob } from './run-next-job.ts';

export type JobWorker = { stop: () => Promise<void> };

export type JobWorkerOptions = {
  /** the lane this loop claims from; every lane when absent */
  lane?: JobLane;
  /** how long an idle loop waits before it polls again (JOB_POLICY.pollIntervalMs) */
  intervalMs?: number;
  onError?: (error: unknown) => void;
} & Pick<RunJobOptions, 'heartbeatTimer' | 'policy'>;

/**
 * Polls the queue (every intervalMs when idle) and runs due jobs one after another until stopped. An
 * infrastructure error is reported through onError and the loop goes on. Stopping aborts the running job's
 * signal and waits for the loop to end.
 */
export const startJobWorker = (deps: ServiceDeps, handlers: JobHandlers, options: JobWorkerOptions = {}): JobWorker => {
  const interval = options.intervalMs ?? JOB_POLICY.pollIntervalMs;
  const stopping = new AbortController();
  const runOptions: RunJobOptions = {
    signal: stopping.signal,
    ...(options.lane ? { lane: options.lane } : {}),
    ...(options.heartbeatTimer ? { heartbeatTimer: options.heartbeatTimer } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
  };
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const tick = async (): Promise<void> => {
    try {
      while (!stopping.signal.aborted && (await runNextJob(deps, handlers, runOptions)) !== null) {
        // keep going while jobs are due
      }
    } catch (error) {
      options.onError?.(error);
    }
    if (!stopping.signal.aborted) timer = setTimeout(schedule, interval);
  };
  const schedule = () => {
    running = tick();
  };
  timer = setTimeout(schedule, interval);
  return {
    stop: async () => {
      stopping.abort(new Error('the worker is stopping'));
      if (timer) clearTimeout(timer);
      await running;
    },
  };
};

/** One worker loop per lane (JOB_LANES), so a hung list download never holds up a proposal's screening. */
export const startJobWorkers = (
  deps: ServiceDeps,
  handlers: JobHandlers,
  options: Omit<JobWorkerOptions, 'lane'> = {},
): JobWorker => {
  const workers = JOB_LANES.map((lane) => startJobWorker(deps, handlers, { ...options, lane }));
  return { stop: async () => void (await Promise.all(workers.map((worker) => worker.stop()))) };
};
