import { setTimeout as delay } from 'node:timers/promises';

/**
 * Asks `probe` again every intervalMs until it returns a value (not null), and returns that value; rejects once
 * timeoutMs has passed. For waiting on another process (a server starting, a job finishing), where no clock can
 * be injected.
 */
export const pollUntil = async <T>(
  probe: () => Promise<T | null>,
  options: { timeoutMs: number; intervalMs?: number; what?: string },
): Promise<T> => {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${options.what ?? 'a condition'}`);
    await delay(options.intervalMs ?? 100);
  }
};
