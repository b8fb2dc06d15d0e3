import type { AuditCheckpoint } from '../../core/audit/audit-checkpoint.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { readAuditHead } from '../../db/repos/audit.repo.ts';
import { listAuditCheckpoints } from '../../db/repos/audit-checkpoints.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { writeAuditCheckpoint } from './write-audit-checkpoint.ts';

/**
 * The server's periodic checkpoint: writes one unless the only entry since the last checkpoint is that
 * checkpoint's own audit entry (an idle trail does not grow by a checkpoint an hour). `null`: nothing to sign.
 */
export const checkpointAuditTrailIfChanged = async (deps: ServiceDeps): Promise<Result<AuditCheckpoint | null>> => {
  const head = await readAuditHead(deps.db);
  const last = (await listAuditCheckpoints(deps.db)).at(-1);
  if (last !== undefined && last.entryCount + 1 === head.lastSeq) return ok(null);
  return writeAuditCheckpoint(deps, null);
};
