import { ok, type Result } from '../../core/kernel/result.ts';
import { isRefreshDue } from '../../core/screening/lists/refresh-schedule.ts';
import { jobsByPayloadField, lockJobKind } from '../../db/repos/jobs.repo.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';

export type ScheduledRefreshes = { queued: { source: string; jobId: string }[]; skipped: string[] };

/**
 * The list schedule (AIEXPORTS_LIST_REFRESH_HOURS): queues a `refresh-list` job (lane `lists`, with the queue's
 * retries) for each configured source that is due, i.e. has no refresh queued or running and none queued in
 * the last intervalHours. Instances sharing a database serialise on an advisory lock, so a source is queued once.
 * One audit entry when anything was queued.
 */
export const scheduleListRefreshes = async (
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'newId' | 'sha256'>,
  input: { sources: readonly string[]; intervalHours: number },
): Promise<Result<ScheduledRefreshes>> =>
  inTransaction(deps.db, async (trx) => {
    await lockJobKind(trx, 'refresh-list');
    const now = deps.clock();
    const jobs = await jobsByPayloadField(trx, { kind: 'refresh-list', field: 'source' });
    const queued: ScheduledRefreshes['queued'] = [];
    const skipped: string[] = [];
    for (const source of input.sources) {
      if (!isRefreshDue(jobs.get(source), input.intervalHours, now)) {
        skipped.push(source);
        continue;
      }
      queued.push({
        source,
        jobId: await enqueueJob(trx, deps, { kind: 'refresh-list', payload: { source, trigger: 'schedule' } }),
      });
    }
    if (queued.length > 0) {
      await recordAudit(trx, deps, {
        actor: null,
        action: 'list.refresh.schedule',
        objectType: 'list',
        objectId: queued.map((q) => q.source).join(','),
        summary: { queued, intervalHours: input.intervalHours },
      });
    }
    return ok({ queued, skipped });
  });
