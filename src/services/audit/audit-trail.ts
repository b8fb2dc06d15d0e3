import type { Kysely } from 'kysely';
import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import type { AuditRecord } from '../../core/audit/audit-chain.ts';
import { type AuditTrailVerdict, judgeAuditTrail } from '../../core/audit/audit-verdict.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { listAudit, readAuditHead } from '../../db/repos/audit.repo.ts';
import { listAuditCheckpoints } from '../../db/repos/audit-checkpoints.repo.ts';
import type { Database } from '../../db/schema.ts';
import { refused } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';

/** `null` is the operator at the command line, who reads the database directly anyway. */
const mayReadAudit = (actor: Actor | null): boolean => actor === null || can(actor, 'audit.read');

/** The audit trail (auditors and admins; `null` actor = the operator at the command line). */
export const readAuditTrail = async (
  db: Kysely<Database>,
  actor: Actor | null,
  filter: { objectId?: string } = {},
): Promise<Result<AuditRecord[]>> => (mayReadAudit(actor) ? ok(await listAudit(db, filter)) : refused('audit.read'));

/** Judges the trail as stored: the chain, the head, and (with the key) every signed checkpoint. */
export const judgeStoredAuditTrail = async (
  db: Kysely<Database>,
  deps: Pick<ServiceDeps, 'sha256' | 'auditKey'>,
): Promise<AuditTrailVerdict> =>
  judgeAuditTrail({
    entries: await listAudit(db),
    head: await readAuditHead(db),
    checkpoints: await listAuditCheckpoints(db),
    key: deps.auditKey ?? null,
    sha256: deps.sha256,
  });

/**
 * Recomputes every hash of the chain, compares it with the recorded head (so a deleted tail shows) and with
 * every checkpoint signed with the configured key (so a consistent rewrite shows back to the last one).
 */
export const verifyAuditTrail = async (
  deps: Pick<ServiceDeps, 'db' | 'sha256' | 'auditKey'>,
  actor: Actor | null,
): Promise<Result<AuditTrailVerdict>> => {
  if (!mayReadAudit(actor)) return refused('audit.read');
  return ok(await judgeStoredAuditTrail(deps.db, deps));
};
