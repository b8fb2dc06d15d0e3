import { existsSync, readFileSync } from 'node:fs';

/**
 * CPU seconds this thread has run (Linux: /proc/thread-self/stat, 10 ms ticks), or NaN elsewhere. On a shared
 * machine wall time includes waiting for a core; CPU time shows the work itself.
 */
export const threadCpuSeconds = (): number => {
  if (!existsSync('/proc/thread-self/stat')) return Number.NaN;
  const stat = readFileSync('/proc/thread-self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
};
