import type { ScreeningHit, ScreeningIndex, ScreeningQuery } from '../../core/screening/matching/index.ts';
import { screenName } from '../../core/screening/matching/index.ts';

/**
 * Names screened between two yields to the event loop: about 7 ms of work at the measured ~7,000 names a
 * second on one core, so a large batch never holds the server's event loop for anywhere near 50 ms.
 */
export const SCREEN_SLICE = 50;

/** Yields to the event loop (other requests, timers) before the next slice. */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Screens a batch of queries against an index in slices of `slice` names, yielding to the event loop between
 * slices; the results are those of screening each query in turn, in the queries' order.
 */
export const screenInSlices = async (
  index: ScreeningIndex,
  queries: readonly ScreeningQuery[],
  slice = SCREEN_SLICE,
): Promise<ScreeningHit[][]> => {
  const out: ScreeningHit[][] = [];
  for (let start = 0; start < queries.length; start += slice) {
    if (start > 0) await yieldToEventLoop();
    for (const query of queries.slice(start, start + slice)) out.push(screenName(index, query));
  }
  return out;
};
