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

/**
 * Rows of list entries read per query when an index is built or a list change is found. On the embedded database
 * a query runs on the event loop's own thread (WebAssembly), result included: a page of 2,000 entries held it
 * for ~100 ms, one of 250 for a few milliseconds (the rows are found through the primary key, so smaller pages
 * cost little more in all).
 */
export const ENTRY_PAGE_ROWS = 250;

/** Yields to the event loop (other requests, timers) before the next slice. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * One time budget per event-loop turn, shared by every batch in flight: concurrent requests do not each run a
 * slice in the same turn (four batches resumed by one round of immediates would hold the loop four slices long).
 * `turnWorkStart` is when slicing work began on this turn (-1: none yet); it is cleared on the next turn.
 */
let turnWorkStart = -1;
/** Batches waiting for a turn of their own, first come first served. */
const waiting: (() => void)[] = [];
let turnQueued = false;

/** Milliseconds of sliced work done on this event-loop turn so far (by any batch). */
const workThisTurn = (): number => {
  const now = performance.now();
  if (turnWorkStart < 0) {
    turnWorkStart = now;
    setImmediate(() => {
      turnWorkStart = -1;
    });
  }
  return now - turnWorkStart;
};

const runTurn = (): void => {
  turnQueued = false;
  const next = waiting.shift();
  if (waiting.length > 0) queueTurn();
  next?.();
};

const queueTurn = (): void => {
  if (turnQueued) return;
  turnQueued = true;
  setImmediate(runTurn);
};

/**
 * Waits for a later event-loop turn of this caller's own: one waiting batch is resumed per turn, in the order
 * they yielded, so each turn holds the loop for about one slice however many batches are in flight.
 */
export const nextSlice = (): Promise<void> =>
  new Promise((resolve) => {
    waiting.push(resolve);
    queueTurn();
  });

/** Whether the turn's shared budget of `sliceMs` is spent: time to `nextSlice`. */
export const sliceSpent = (sliceMs: number): boolean => workThisTurn() >= sliceMs;

/**
 * Screens a batch of queries against an index, yielding to the event loop whenever this turn's slicing work (of
 * this batch and any other in flight) has run for `sliceMs` (a monotonic timer, only to pace the work); the
 * results are those of screening each query in turn, in the queries' order.
 */
export const screenInSlices = async (
  index: ScreeningIndex,
  queries: readonly ScreeningQuery[],
  sliceMs = SCREEN_SLICE_MS,
): Promise<ScreeningHit[][]> => {
  const out: ScreeningHit[][] = [];
  for (const query of queries) {
    // after a yield, one query at least (a zero budget still makes progress)
    if (sliceSpent(sliceMs)) await nextSlice();
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
  for (let start = 0; start < parties.length; start += 25) {
    if (sliceSpent(sliceMs)) await nextSlice();
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
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (sliceSpent(sliceMs)) await nextSlice();
  }
};
