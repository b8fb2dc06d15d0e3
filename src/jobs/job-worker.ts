import type { ServiceDeps } from '../services/service-deps.ts';
import type { JobHandlers } from './job-handlers.ts';
import { runNextJob } from './run-next-job.ts';

export type JobWorker = { stop: () => Promise<void> };

/**
 * Polls the queue (every intervalMs when idle) and runs due jobs one after another until stopped. An
 * infrastructure error is reported through onError and the loop goes on.
 */
export const startJobWorker = (
  deps: ServiceDeps,
  handlers: JobHandlers,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): JobWorker => {
  const interval = options.intervalMs ?? 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const tick = async (): Promise<void> => {
    try {
      while (!stopped && (await runNextJob(deps, handlers)) !== null) {
        // keep going while jobs are due
      }
    } catch (error) {
      options.onError?.(error);
    }
    if (!stopped) timer = setTimeout(schedule, interval);
  };
  const schedule = () => {
    running = tick();
  };
  timer = setTimeout(schedule, interval);
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
};
