import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { reviewsApi } from '../../api/reviews-client.ts';
import type { ReviewItem, ReviewRequest } from '../../api/types.ts';

/** What the reviewer sees of the autosave: nothing yet, saving, saved at a time, or why it failed. */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string; stale: boolean; fields: Record<string, string> };

export type ReviewDraft = Omit<ReviewRequest, 'baseUpdatedAt'>;

/** How long after the last change the draft is saved (ms). */
export const AUTOSAVE_DELAY_MS = 800;

/**
 * Saves the draft shortly after each change, one request at a time, sending the updatedAt of the last save so a
 * newer save elsewhere (another tab) is refused rather than overwritten. `flush` waits for the saves under way
 * and returns the updatedAt to build on (for the submission).
 */
export const useAutosave = (proposalId: string, initialUpdatedAt: string | null) => {
  const [state, setState] = useState<SaveState>(
    initialUpdatedAt ? { kind: 'saved', at: initialUpdatedAt } : { kind: 'idle' },
  );
  const base = useRef<string | null>(initialUpdatedAt);
  const pending = useRef<ReviewDraft | null>(null);
  const running = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const blocked = useRef(false);

  const run = useCallback(async (): Promise<void> => {
    while (pending.current && !blocked.current) {
      const draft = pending.current;
      pending.current = null;
      setState({ kind: 'saving' });
      try {
        const { review } = await reviewsApi.saveDraft(proposalId, { ...draft, baseUpdatedAt: base.current });
        base.current = review.updatedAt;
        if (!pending.current) setState({ kind: 'saved', at: review.updatedAt ?? new Date().toISOString() });
      } catch (caught) {
        const stale = caught instanceof ApiError && caught.code === 'conflict';
        // a draft that failed for another reason is kept to be sent again with the next change
        if (!stale && !pending.current) pending.current = draft;
        if (stale) blocked.current = true;
        setState({
          kind: 'error',
          message: caught instanceof Error ? caught.message : String(caught),
          stale,
          fields: caught instanceof ApiError ? caught.fieldErrors() : {},
        });
        return;
      }
    }
  }, [proposalId]);

  const start = useCallback(() => {
    if (running.current) return running.current;
    const job = run().finally(() => {
      running.current = null;
    });
    running.current = job;
    return job;
  }, [run]);

  const change = useCallback(
    (draft: ReviewDraft) => {
      pending.current = draft;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        void start();
      }, AUTOSAVE_DELAY_MS);
    },
    [start],
  );

  /** Waits for the saves under way (and sends a change still waiting); returns the updatedAt to build on. */
  const flush = useCallback(async (): Promise<string | null> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    await running.current;
    if (pending.current && !blocked.current) await start();
    return base.current;
  }, [start]);

  /** Drops what waits to be saved (the submission carries it). */
  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pending.current = null;
  }, []);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const accept = useCallback((review: ReviewItem) => {
    base.current = review.updatedAt;
  }, []);

  return { state, change, flush, cancel, accept, retry: start };
};

/** "14:05 UTC" for a saved-at time. */
export const savedAtText = (iso: string): string =>
  `${new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })} UTC`;
