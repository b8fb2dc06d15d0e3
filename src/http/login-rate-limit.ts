/** Fixed-window attempt counter per key (email + client address), in memory: one process. */
export const createLoginRateLimiter = (options: { limit: number; windowMs: number; now: () => number }) => {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    /** Counts an attempt; false when the key is over its limit for the current window. */
    attempt: (key: string): boolean => {
      const now = options.now();
      const current = windows.get(key);
      if (!current || now - current.start >= options.windowMs) {
        if (windows.size > 10_000) windows.clear();
        windows.set(key, { start: now, count: 1 });
        return true;
      }
      current.count += 1;
      return current.count <= options.limit;
    },
    reset: (key: string): void => {
      windows.delete(key);
    },
  };
};
