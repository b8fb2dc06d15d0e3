import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import type { AuditCheckpoint } from '../../core/audit/audit-checkpoint.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { listAuditCheckpoints as listStored } from '../../db/repos/audit-checkpoints.repo.ts';
import { refused } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';

/** The signed checkpoints of the audit trail, oldest first (auditors and admins). */
export const listAuditCheckpoints = async (
  deps: Pick<ServiceDeps, 'db'>,
  actor: Actor | null,
): Promise<Result<AuditCheckpoint[]>> =>
  actor === null || can(actor, 'audit.read') ? ok(await listStored(deps.db)) : refused('audit.read');
