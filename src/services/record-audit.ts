import type { Kysely } from 'kysely';
import type { Actor } from '../core/accounts/roles.ts';
import { type AuditRecord, auditEntryHash } from '../core/audit/audit-chain.ts';
import { insertAuditRecord, lockAuditHead } from '../db/repos/audit.repo.ts';
import type { Database } from '../db/schema.ts';
import type { ServiceDeps } from './service-deps.ts';

/** Appends the audit entry of a use case to the hash chain, inside its transaction. */
export const recordAudit = async (
  trx: Kysely<Database>,
  deps: Pick<ServiceDeps, 'clock' | 'sha256'>,
  entry: {
    actor: Actor | null;
    /** the actor's name when there is no signed-in actor (default "system"; the CLI writes "cli") */
    actorName?: string;
    action: string;
    objectType: string;
    objectId: string;
    summary?: Record<string, unknown>;
  },
): Promise<AuditRecord> => {
  const head = await lockAuditHead(trx);
  const unsigned = {
    seq: head.lastSeq + 1,
    at: deps.clock().toISOString(),
    actorId: entry.actor?.userId ?? null,
    actorName: entry.actor?.name ?? entry.actorName ?? 'system',
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    summary: entry.summary ?? {},
    prevHash: head.lastHash,
  };
  const record: AuditRecord = { ...unsigned, hash: auditEntryHash(unsigned, deps.sha256) };
  await insertAuditRecord(trx, record);
  return record;
};
