import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { nextRefreshDue, type RefreshOutcome, refreshOutcome } from '../../core/screening/lists/refresh-schedule.ts';
import { type JobRecord, jobsByPayloadField, latestJobsByPayloadField } from '../../db/repos/jobs.repo.ts';
import { refused } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';

/** One refresh job of a source: who queued it, when, and what came of it. */
export type RefreshRun = RefreshOutcome & {
  jobId: string;
  /** 'schedule' or 'request' (a user's "refresh now"); null for jobs queued before this was recorded */
  trigger: 'schedule' | 'request' | null;
  status: JobRecord['status'];
  attempts: number;
  createdAt: Date;
  finishedAt: Date | null;
};

export type SourceSchedule = {
  source: string;
  /** the latest refresh, scheduled or asked for */
  lastRefresh: RefreshRun | null;
  /** the latest refresh the schedule queued */
  lastScheduled: RefreshRun | null;
  /** when the schedule queues the next refresh (it checks every few minutes); null: none scheduled, or one pending */
  nextDueAt: Date | null;
  /** a refresh is queued or running */
  pending: boolean;
};

const runOf = (job: JobRecord | undefined): RefreshRun | null => {
  if (!job) return null;
  const trigger = job.payload.trigger;
  return {
    ...refreshOutcome({ status: job.status, attempts: job.attempts, lastError: job.lastError, result: job.progress }),
    jobId: job.id,
    trigger: trigger === 'schedule' || trigger === 'request' ? trigger : null,
    status: job.status,
    attempts: job.attempts,
    createdAt: job.createdAt,
    finishedAt: job.finishedAt,
  };
};

/**
 * The list refresh schedule as it stands (government roles): per source with a refresh URL, the latest refresh
 * and the latest scheduled one with their outcomes, and when the next is due every refreshHours
 * (AIEXPORTS_LIST_REFRESH_HOURS; 0: no schedule, as in demo mode).
 */
export const readListSchedule = async (
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  actor: Actor,
  input: { sources: readonly string[]; refreshHours: number },
): Promise<Result<SourceSchedule[]>> => {
  if (!can(actor, 'lists.read')) return refused('lists.read');
  const now = deps.clock();
  const query = { kind: 'refresh-list', field: 'source' };
  const summary = await jobsByPayloadField(deps.db, query);
  const latest = await latestJobsByPayloadField(deps.db, query);
  const scheduled = await latestJobsByPayloadField(deps.db, {
    ...query,
    where: { field: 'trigger', value: 'schedule' },
  });
  return ok(
    input.sources.map((source) => ({
      source,
      lastRefresh: runOf(latest.get(source)),
      lastScheduled: runOf(scheduled.get(source)),
      nextDueAt: nextRefreshDue(summary.get(source), input.refreshHours, now),
      pending: summary.get(source)?.pending ?? false,
    })),
  );
};
