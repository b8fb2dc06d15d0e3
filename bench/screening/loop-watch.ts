import { existsSync, readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';

/** What `watchEventLoop` saw: the event loop's longest wait, in wall time and in the process's CPU time. */
export type LoopWatch = {
  /** longest delay of the event loop (wall clock): what a request arriving meanwhile waited */
  maxMs: number;
  /**
   * the most CPU time this thread ran between two consecutive ticks of a 1 ms timer: the longest stretch of work
   * that held the loop. On a machine shared with other work the wall figure also counts the time the thread waited
   * for a core; this one does not, and is what an idle machine would wait.
   */
  maxCpuMs: number;
};

/**
 * Milliseconds this thread has run on a CPU: Linux's scheduler statistics (nanoseconds), or, elsewhere, the
 * process's CPU time (every thread: it errs high).
 */
const threadRunMs: () => number = existsSync('/proc/thread-self/schedstat')
  ? () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6
  : () => {
      const cpu = process.cpuUsage();
      return (cpu.user + cpu.system) / 1000;
    };

/** Starts watching the event loop; `stop` returns the longest waits seen meanwhile. */
export const watchEventLoop = (): { stop: () => LoopWatch } => {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  let last = threadRunMs();
  let maxCpuMs = 0;
  const timer = setInterval(() => {
    const now = threadRunMs();
    maxCpuMs = Math.max(maxCpuMs, now - last);
    last = now;
  }, 1);
  return {
    stop: () => {
      clearInterval(timer);
      histogram.disable();
      return { maxMs: histogram.max / 1e6, maxCpuMs };
    },
  };
};
