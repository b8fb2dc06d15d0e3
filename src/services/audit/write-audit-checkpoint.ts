import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { type AuditCheckpoint, signCheckpoint } from '../../core/audit/audit-checkpoint.ts';
import { AUDIT_CHECKPOINT_ACTION } from '../../core/audit/audit-verdict.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { lockAuditHead } from '../../db/repos/audit.repo.ts';
import { insertAuditCheckpoint } from '../../db/repos/audit-checkpoints.repo.ts';
import { refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { judgeStoredAuditTrail } from './audit-trail.ts';

export const NO_AUDIT_KEY_MESSAGE =
  'No audit key is configured: set AIEXPORTS_AUDIT_KEY (at least 32 characters) or AIEXPORTS_AUDIT_KEY_FILE.';

/**
 * Signs the trail as it stands (entry count and last hash) with the audit key, stores the checkpoint and
 * audits it. Refuses when the trail does not verify, so a tampered trail is never vouched for.
 * `null` actor = the operator at the command line or the server's schedule.
 */
export const writeAuditCheckpoint = async (
  deps: ServiceDeps,
  actor: Actor | null,
): Promise<Result<AuditCheckpoint>> => {
  if (actor !== null && !can(actor, 'audit.checkpoint')) return refused('audit.checkpoint');
  const key = deps.auditKey ?? null;
  if (key === null) return err(appError('audit_key_missing', NO_AUDIT_KEY_MESSAGE));
  return inTransaction(deps.db, async (trx) => {
    // the head stays locked until commit: no entry is appended between the check and the signature
    const head = await lockAuditHead(trx);
    const verdict = await judgeStoredAuditTrail(trx, deps);
    if (!verdict.ok) {
      return err(
        appError('audit_broken', `The audit trail does not verify, so it is not signed: ${verdict.reason}`, {
          findings: verdict.findings,
        }),
      );
    }
    const checkpoint = signCheckpoint(key, {
      id: deps.newId(),
      entryCount: head.lastSeq,
      lastHash: head.lastHash,
      at: deps.clock().toISOString(),
    });
    await insertAuditCheckpoint(trx, checkpoint, actor?.userId ?? null);
    await recordAudit(trx, deps, {
      actor,
      action: AUDIT_CHECKPOINT_ACTION,
      objectType: 'audit_checkpoint',
      objectId: checkpoint.id,
      summary: { entryCount: checkpoint.entryCount, lastHash: checkpoint.lastHash, keyId: checkpoint.keyId },
    });
    return ok(checkpoint);
  });
};
