import type { Kysely } from 'kysely';
import type { Actor } from '../../core/accounts/roles.ts';
import { type AuditRecord, type ChainVerdict, type Sha256Hex, verifyAuditChain } from '../../core/audit/audit-chain.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { listAudit } from '../../db/repos/audit.repo.ts';
import type { Database } from '../../db/schema.ts';
import { forbidden } from '../access.ts';

const mayReadAudit = (actor: Actor | null): boolean =>
  actor === null || actor.role === 'auditor' || actor.role === 'admin';

/** The audit trail (auditors and admins; `null` actor = the operator at the command line). */
export const readAuditTrail = async (
  db: Kysely<Database>,
  actor: Actor | null,
  filter: { objectId?: string } = {},
): Promise<Result<AuditRecord[]>> =>
  mayReadAudit(actor) ? ok(await listAudit(db, filter)) : forbidden('Only auditors and admins read the audit trail.');

/** Recomputes every hash of the chain. */
export const verifyAuditTrail = async (
  db: Kysely<Database>,
  actor: Actor | null,
  sha256: Sha256Hex,
): Promise<Result<ChainVerdict>> => {
  if (!mayReadAudit(actor)) return forbidden('Only auditors and admins verify the audit trail.');
  return ok(verifyAuditChain(await listAudit(db), sha256));
};
