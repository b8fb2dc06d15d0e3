import type { Kysely } from 'kysely';
import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { type AuditRecord, type ChainVerdict, type Sha256Hex, verifyAuditChain } from '../../core/audit/audit-chain.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { listAudit } from '../../db/repos/audit.repo.ts';
import type { Database } from '../../db/schema.ts';
import { refused } from '../access.ts';

/** `null` is the operator at the command line, who reads the database directly anyway. */
const mayReadAudit = (actor: Actor | null): boolean => actor === null || can(actor, 'audit.read');

/** The audit trail (auditors and admins; `null` actor = the operator at the command line). */
export const readAuditTrail = async (
  db: Kysely<Database>,
  actor: Actor | null,
  filter: { objectId?: string } = {},
): Promise<Result<AuditRecord[]>> => (mayReadAudit(actor) ? ok(await listAudit(db, filter)) : refused('audit.read'));

/** Recomputes every hash of the chain. */
export const verifyAuditTrail = async (
  db: Kysely<Database>,
  actor: Actor | null,
  sha256: Sha256Hex,
): Promise<Result<ChainVerdict>> => {
  if (!mayReadAudit(actor)) return refused('audit.read');
  return ok(verifyAuditChain(await listAudit(db), sha256));
};
