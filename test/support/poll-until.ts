import { setTimeout as delay } from 'node:timers/promises';

/** A connection reset by the other side (a keep-alive socket closed as it was reused): worth asking again. */
const isConnectionReset = (error: unknown): boolean =>
  error instanceof TypeError && (error.cause as NodeJS.ErrnoException | undefined)?.code === 'ECONNRESET';

/**
 * Asks `probe` again every intervalMs until it returns a value (not null), and returns that value; rejects once
 * timeoutMs has passed. A probe whose connection was reset is asked again too. For waiting on another process (a
 * server starting, a job finishing), where no clock can be injected.
 */
export const pollUntil = async <T>(
  probe: () => Promise<T | null>,
  options: { timeoutMs: number; intervalMs?: number; what?: string },
): Promise<T> => {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const value = await probe().catch((error: unknown) => {
      if (isConnectionReset(error)) return null;
      throw error;
    });
    if (value !== null) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${options.timeoutMs} ms waiting for ${options.what ?? 'a condition'}`);
    await delay(options.intervalMs ?? 100);
  }
};
