/** What the schedule knows of a source's refresh jobs: whether one is queued or running, and the latest one's time. */
export type RefreshJobsOfSource = { pending: boolean; lastCreatedAt: Date };

const HOUR_MS = 3_600_000;

/**
 * When a source's scheduled refresh (every intervalHours) is next due. A source never refreshed is due now; one
 * with a refresh queued or running is not due (null: the schedule waits for it); otherwise its latest refresh,
 * scheduled or asked for, plus the interval. An interval of 0 or less means no schedule (null). Pure.
 */
export const nextRefreshDue = (
  last: RefreshJobsOfSource | undefined,
  intervalHours: number,
  now: Date,
): Date | null => {
  if (!(intervalHours > 0)) return null;
  if (!last) return now;
  if (last.pending) return null;
  return new Date(last.lastCreatedAt.getTime() + intervalHours * HOUR_MS);
};

/** Whether a source's scheduled refresh is due at `now` (see nextRefreshDue). Pure. */
export const isRefreshDue = (last: RefreshJobsOfSource | undefined, intervalHours: number, now: Date): boolean => {
  const due = nextRefreshDue(last, intervalHours, now);
  return due !== null && due.getTime() <= now.getTime();
};

/** What came of one refresh job, in the words a compliance officer reads. */
export type RefreshOutcome = {
  outcome: 'queued' | 'running' | 'retrying' | 'failed' | 'not_modified' | 'unchanged' | 'imported' | 'refused';
  /** the error, the refusal or what was imported; null when nothing more is known */
  detail: string | null;
};

type RefreshJobView = { status: string; attempts: number; lastError: string | null; result: unknown };

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/**
 * A refresh-list job's outcome from its status and stored result (a RefreshResult once done): not modified
 * (304), identical content, a new version imported, or refused (the current version kept); queued, running,
 * waiting for a retry after an error, or failed for good. Pure.
 */
export const refreshOutcome = (job: RefreshJobView): RefreshOutcome => {
  if (job.status === 'queued')
    return job.attempts > 0 ? { outcome: 'retrying', detail: job.lastError } : { outcome: 'queued', detail: null };
  if (job.status === 'running') return { outcome: 'running', detail: null };
  if (job.status !== 'done') return { outcome: 'failed', detail: job.lastError };
  const result = record(job.result);
  if (result?.notModified === true) return { outcome: 'not_modified', detail: null };
  const refused = record(result?.refused);
  if (refused) return { outcome: 'refused', detail: typeof refused.message === 'string' ? refused.message : null };
  const version = record(result?.version);
  const described =
    version && typeof version.asOf === 'string'
      ? `version as of ${version.asOf}${typeof version.entryCount === 'number' ? `, ${version.entryCount} entries` : ''}`
      : null;
  return result?.duplicate === true
    ? { outcome: 'unchanged', detail: described }
    : { outcome: 'imported', detail: described };
};
