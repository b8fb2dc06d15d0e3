import type { AppError } from '../../core/kernel/errors.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { insertListAlert } from '../../db/repos/alerts.repo.ts';
import { findCurrentListVersion } from '../../db/repos/list-versions.repo.ts';
import { listAlertNotice } from '../notifications/list-alert-notice.ts';
import { notify } from '../notifications/notify.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';

/**
 * Records that a refresh fetched a file the import refused (no entries, malformed, or removing more than the
 * allowed share): a `list_refresh_refused` alert on the current version, which stays, and its audit entry.
 */
export const recordRefusedRefresh = async (
  deps: ServiceDeps,
  input: { source: string; url: string; refusal: AppError },
): Promise<Result<{ alertId: string }>> =>
  inTransaction(deps.db, async (trx) => {
    const current = await findCurrentListVersion(trx, input.source);
    const alertId = deps.newId();
    const message = `${input.source}: the refresh from ${input.url} was refused (${input.refusal.code}: ${input.refusal.message})`;
    await insertListAlert(trx, {
      id: alertId,
      kind: 'list_refresh_refused',
      listSource: input.source,
      listVersionId: current?.id ?? null,
      message,
      createdAt: deps.clock(),
    });
    await notify(trx, deps, listAlertNotice({ source: input.source, what: 'could not be refreshed', message }));
    await recordAudit(trx, deps, {
      actor: null,
      action: 'list.refresh.refuse',
      objectType: 'list',
      objectId: input.source,
      summary: {
        url: input.url,
        code: input.refusal.code,
        message: input.refusal.message,
        keptVersionId: current?.id ?? null,
        alertId,
      },
    });
    return ok({ alertId });
  });
