export type PeriodicTask = { stop: () => Promise<void> };

/**
 * Runs a task now and then every intervalMs after each run ends, until stopped; `stop` waits for a run in
 * progress. A failure is reported through onError and the schedule goes on.
 */
export const startPeriodicTask = (
  task: () => Promise<void>,
  options: { intervalMs: number; onError?: (error: unknown) => void },
): PeriodicTask => {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const run = async (): Promise<void> => {
    try {
      await task();
    } catch (error) {
      options.onError?.(error);
    }
    if (!stopped) timer = setTimeout(schedule, options.intervalMs);
  };
  const schedule = () => {
    running = run();
  };
  schedule();
  return {
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
};
