import { ok, type Result } from '../../core/kernel/result.ts';
import { insertStaleListAlert } from '../../db/repos/alerts.repo.ts';
import { listListVersions } from '../../db/repos/list-versions.repo.ts';
import { listAlertNotice } from '../notifications/list-alert-notice.ts';
import { notify } from '../notifications/notify.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { withListAges } from './list-ages.ts';

/**
 * Raises a 'list_stale' alert for each current list version older than the program setting maxListAgeDays, once
 * per version (a unique index keeps a second check, on this instance or another, from raising it again), with
 * one audit entry when any was raised. Run at start and by the list schedule. Returns the alerts raised.
 */
export const raiseStaleListAlerts = async (
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'newId' | 'sha256'>,
): Promise<Result<{ raised: { source: string; listVersionId: string; ageDays: number }[] }>> =>
  inTransaction(deps.db, async (trx) => {
    const now = deps.clock();
    const current = await withListAges(trx, await listListVersions(trx, { currentOnly: true }), now);
    const raised: { source: string; listVersionId: string; ageDays: number }[] = [];
    for (const version of current.filter((v) => v.stale)) {
      const message = `${version.source}: the current version ${version.id} is dated ${version.asOf}, ${version.ageDays} days ago, older than the maximum list age of ${version.maxAgeDays} days (program setting maxListAgeDays); parties screened only against stale lists are "not screened". Refresh or import the list.`;
      const inserted = await insertStaleListAlert(trx, {
        id: deps.newId(),
        listSource: version.source,
        listVersionId: version.id,
        message,
        createdAt: now,
      });
      if (inserted)
        await notify(trx, deps, listAlertNotice({ source: version.source, what: 'is out of date', message }));
      if (inserted) raised.push({ source: version.source, listVersionId: version.id, ageDays: version.ageDays });
    }
    if (raised.length > 0) {
      await recordAudit(trx, deps, {
        actor: null,
        action: 'list.stale_alert',
        objectType: 'list',
        objectId: raised.map((r) => r.source).join(','),
        summary: { raised },
      });
    }
    return ok({ raised });
  });
