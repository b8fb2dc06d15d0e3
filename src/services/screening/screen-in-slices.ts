import type { ListEntry } from '../../core/screening/lists/list-entry.ts';
import type {
  PartyHits,
  ScreeningHit,
  ScreeningIndex,
  ScreeningQuery,
  StoredParty,
} from '../../core/screening/matching/index.ts';
import { rescreenBatch, screenName } from '../../core/screening/matching/index.ts';
import { DEFAULT_MATCH_PARAMS, type MatchParams } from '../../core/screening/matching/match-params.ts';
import { screeningIndexSteps } from '../../core/screening/matching/screening-index.ts';

/**
 * Milliseconds of screening between two yields to the event loop: a large batch holds the server's event loop
 * for about this long at a time (a name takes ~0.15 ms), far under the 50 ms a request may block it.
 */
export const SCREEN_SLICE_MS = 10;

/** Yields to the event loop (other requests, timers) before the next slice. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Screens a batch of queries against an index, yielding to the event loop whenever a slice has run for
 * `sliceMs` (a monotonic timer, only to pace the work); the results are those of screening each query in turn,
 * in the queries' order.
 */
export const screenInSlices = async (
  index: ScreeningIndex,
  queries: readonly ScreeningQuery[],
  sliceMs = SCREEN_SLICE_MS,
): Promise<ScreeningHit[][]> => {
  const out: ScreeningHit[][] = [];
  let sliceStart = performance.now();
  for (const query of queries) {
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
    out.push(screenName(index, query));
  }
  return out;
};

/**
 * `rescreenBatch` (stored parties against a delta index, only those with a hit) in slices of `sliceMs`, yielding
 * to the event loop between them; the same results in the parties' order.
 */
export const rescreenInSlices = async (
  index: ScreeningIndex | null,
  parties: readonly StoredParty[],
  sliceMs = SCREEN_SLICE_MS,
): Promise<PartyHits[]> => {
  const out: PartyHits[] = [];
  if (index === null) return out;
  let sliceStart = performance.now();
  for (let start = 0; start < parties.length; start += 25) {
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
    out.push(...rescreenBatch(index, parties.slice(start, start + 25)));
  }
  return out;
};

/**
 * `buildScreeningIndex` in slices of `sliceMs`, yielding to the event loop between them: the first build after an
 * import (tens of thousands of entries, over a second of work) never holds the server's event loop for longer
 * than a slice, so requests arriving meanwhile are answered. The same index as built at once.
 */
export const buildIndexInSlices = async (
  entries: ListEntry[],
  params: MatchParams = DEFAULT_MATCH_PARAMS,
  sliceMs = SCREEN_SLICE_MS,
): Promise<ScreeningIndex> => {
  const steps = screeningIndexSteps(entries, params);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
};
