import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import {
  type AlertRecord,
  findAlertForUpdate,
  acknowledgeAlert as markAcknowledged,
} from '../../db/repos/alerts.repo.ts';
import { notFound, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';

export type AcknowledgeAlertInput = { alertId: string; note?: string | undefined };

/**
 * A compliance officer acknowledges an alert of the inbox, with an optional note: who and when are recorded,
 * and audited. An alert is acknowledged once; a second acknowledgement is refused (conflict) naming who did it.
 */
export const acknowledgeAlert = async (
  deps: ServiceDeps,
  actor: Actor,
  input: AcknowledgeAlertInput,
): Promise<Result<AlertRecord>> => {
  if (!can(actor, 'alerts.acknowledge')) return refused('alerts.acknowledge');
  const note = input.note?.trim() ? input.note.trim() : null;
  return inTransaction(deps.db, async (trx) => {
    const alert = await findAlertForUpdate(trx, input.alertId);
    if (!alert) return notFound('Alert');
    if (alert.acknowledgedAt !== null) {
      return err(
        appError(
          'conflict',
          `The alert was already acknowledged on ${alert.acknowledgedAt.toISOString()}${alert.acknowledgedBy ? ` by ${alert.acknowledgedBy}` : ''}.`,
        ),
      );
    }
    const at = deps.clock();
    await markAcknowledged(trx, { id: alert.id, by: actor.userId, at, note });
    await recordAudit(trx, deps, {
      actor,
      action: 'alerts.acknowledge',
      objectType: 'alert',
      objectId: alert.id,
      summary: { kind: alert.kind, hitId: alert.hitId, listSource: alert.listSource, note },
    });
    return ok({ ...alert, acknowledgedAt: at, acknowledgedBy: actor.userId, acknowledgementNote: note });
  });
};
