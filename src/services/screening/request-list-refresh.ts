import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { refused } from '../access.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';

/** Queues a refresh of one list from its configured URL; the job reports progress and failures. */
export const requestListRefresh = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { source: string; configured: readonly string[] },
): Promise<Result<{ jobId: string }>> => {
  if (!can(actor, 'lists.import')) return refused('lists.import');
  if (!input.configured.includes(input.source)) {
    return err(
      appError('invalid_input', `No refresh URL is configured for "${input.source}" (AIEXPORTS_LIST_SOURCES).`, [
        { path: 'source', message: `one of: ${input.configured.join(', ') || 'none configured'}` },
      ]),
    );
  }
  return inTransaction(deps.db, async (trx) => {
    const jobId = await enqueueJob(trx, deps, {
      kind: 'refresh-list',
      payload: { source: input.source, trigger: 'request' },
    });
    await recordAudit(trx, deps, {
      actor,
      action: 'list.refresh.request',
      objectType: 'list',
      objectId: input.source,
      summary: { jobId },
    });
    return ok({ jobId });
  });
};
