import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { effectiveListSchedule, type ListSchedule } from '../../core/screening/lists/list-schedule.ts';
import { jobsByPayloadField, latestFinishedJobsByPayloadField } from '../../db/repos/jobs.repo.ts';
import { listListVersions } from '../../db/repos/list-versions.repo.ts';
import { refused } from '../access.ts';
import { withListAges } from '../screening/list-ages.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { programSettingsAt } from './program-settings.ts';

/** How the process runs the list schedule: whether at all, in demo mode, and AIEXPORTS_LIST_REFRESH_HOURS if set. */
export type ListScheduleConfig = { running: boolean; demo: boolean; environmentHours: number | null };

/** The outcome of a finished refresh, in words. */
export type RefreshOutcome = 'imported' | 'unchanged' | 'duplicate' | 'refused' | 'failed';

export type ListSourceStatus = {
  source: string;
  url: string;
  format: string;
  /** in the schedule (not listed in the program setting disabledListSources) */
  enabled: boolean;
  current: { id: string; asOf: string; importedAt: string; entryCount: number; ageDays: number; stale: boolean } | null;
  lastRefresh: {
    jobId: string;
    finishedAt: string | null;
    outcome: RefreshOutcome;
    message: string;
  } | null;
  /** a refresh is queued or running now */
  pending: boolean;
  /** when the schedule queues the next refresh (it checks every 10 minutes); null when none will be */
  nextDue: string | null;
  nextDueNote: string;
};

export type ListSourcesOverview = {
  schedule: ListSchedule & { settingHours: number; environmentHours: number | null };
  maxListAgeDays: number;
  settingsVersion: number;
  sources: ListSourceStatus[];
};

const HOUR_MS = 3_600_000;

const outcomeOf = (job: { status: string; progress: unknown; lastError: string | null }) => {
  if (job.status === 'failed') return { outcome: 'failed' as const, message: job.lastError ?? 'failed' };
  const result = (job.progress ?? {}) as {
    notModified?: boolean;
    refused?: { message: string } | null;
    duplicate?: boolean;
    version?: { asOf?: string; entryCount?: number };
  };
  if (result.notModified) return { outcome: 'unchanged' as const, message: 'Not modified at the source (HTTP 304)' };
  if (result.refused) return { outcome: 'refused' as const, message: result.refused.message };
  if (result.duplicate) return { outcome: 'duplicate' as const, message: 'Same content as the version in use' };
  const v = result.version;
  return {
    outcome: 'imported' as const,
    message: v ? `New version of ${v.asOf ?? '?'} with ${v.entryCount ?? '?'} entries` : 'Imported',
  };
};

/**
 * The configured list sources with their schedule: download address, whether the schedule refreshes them, the
 * version in use and its age against maxListAgeDays, the last finished refresh and its outcome, and when the
 * next is due. Admins and compliance officers.
 */
export const listSourcesOverview = async (
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  actor: Actor,
  input: { sources: Readonly<Record<string, { url: string; format: string }>>; config: ListScheduleConfig },
): Promise<Result<ListSourcesOverview>> => {
  if (!can(actor, 'lists.sources.read')) return refused('lists.sources.read');
  const now = deps.clock();
  const inForce = await programSettingsAt(deps.db, now);
  const { settings } = inForce;
  const schedule = effectiveListSchedule({ ...input.config, settingHours: settings.listRefreshHours });
  const versions = await withListAges(
    deps.db,
    (await listListVersions(deps.db)).filter((v) => v.isCurrent),
    now,
  );
  const jobs = await jobsByPayloadField(deps.db, { kind: 'refresh-list', field: 'source' });
  const finished = await latestFinishedJobsByPayloadField(deps.db, { kind: 'refresh-list', field: 'source' });
  const disabled = new Set(settings.disabledListSources);
  const sources = Object.entries(input.sources)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([source, config]): ListSourceStatus => {
      const current = versions.find((v) => v.source === source);
      const last = finished.get(source);
      const queue = jobs.get(source);
      const enabled = !disabled.has(source);
      const pending = queue?.pending ?? false;
      let nextDue: string | null = null;
      let nextDueNote: string;
      if (!enabled) nextDueNote = 'Not scheduled: this source is disabled';
      else if (schedule.refreshHours === 0) nextDueNote = 'Not scheduled: the schedule is off';
      else if (pending) nextDueNote = 'A refresh is queued or running now';
      else if (!queue) {
        nextDue = now.toISOString();
        nextDueNote = 'Due now: never refreshed';
      } else {
        const due = new Date(Math.max(now.getTime(), queue.lastCreatedAt.getTime() + schedule.refreshHours * HOUR_MS));
        nextDue = due.toISOString();
        nextDueNote = `${schedule.refreshHours} h after the last refresh was queued`;
      }
      return {
        source,
        url: config.url,
        format: config.format,
        enabled,
        current: current
          ? {
              id: current.id,
              asOf: current.asOf,
              importedAt: current.importedAt.toISOString(),
              entryCount: current.entryCount,
              ageDays: current.ageDays,
              stale: current.stale,
            }
          : null,
        lastRefresh: last
          ? { jobId: last.id, finishedAt: last.finishedAt?.toISOString() ?? null, ...outcomeOf(last) }
          : null,
        pending,
        nextDue,
        nextDueNote,
      };
    });
  return ok({
    schedule: { ...schedule, settingHours: settings.listRefreshHours, environmentHours: input.config.environmentHours },
    maxListAgeDays: settings.maxListAgeDays,
    settingsVersion: inForce.version,
    sources,
  });
};
