import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { ListEntry } from '../../src/core/screening/lists/list-entry.ts';
import type { ScreeningIndex } from '../../src/core/screening/matching/index.ts';
import { buildIndexInSlices, screenInSlices } from '../../src/services/screening/screen-in-slices.ts';
import { type LoopWatch, watchEventLoop } from './loop-watch.ts';

/**
 * The longest the event loop waits while the index over `entries` is built the way a server's first screening after
 * an import builds it (slices that yield), in wall time and in the thread's CPU time, with the build's duration.
 */
export const indexBuildDelay = async (entries: ListEntry[]): Promise<LoopWatch & { seconds: number }> => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  const watch = watchEventLoop();
  const start = performance.now();
  await buildIndexInSlices(entries);
  const seconds = (performance.now() - start) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 5));
  return { ...watch.stop(), seconds };
};

/**
 * The longest the event loop waits while `batches` requests of `size` names each are screened the way
 * POST /api/v1/screen does (time slices with yields), and the same with one unbroken slice, for comparison.
 */
export const eventLoopDelay = async (
  index: ScreeningIndex,
  queries: string[],
  size = 1000,
  batches = 4,
): Promise<{ slicedMaxMs: number; unslicedMaxMs: number; names: number }> => {
  const batch = (b: number) =>
    queries
      .slice((b * size) % queries.length)
      .slice(0, size)
      .map((name) => ({ name }));
  const measure = async (sliceMs: number | undefined): Promise<number> => {
    index.scratch.expansions.clear();
    const histogram = monitorEventLoopDelay({ resolution: 1 });
    histogram.enable();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // concurrent requests, as a server would see them
    await Promise.all(Array.from({ length: batches }, (_v, b) => screenInSlices(index, batch(b), sliceMs)));
    await new Promise((resolve) => setTimeout(resolve, 5));
    histogram.disable();
    return histogram.max / 1e6;
  };
  const slicedMaxMs = await measure(undefined);
  const unslicedMaxMs = await measure(Number.POSITIVE_INFINITY);
  return { slicedMaxMs, unslicedMaxMs, names: size * batches };
};
