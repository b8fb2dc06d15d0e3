import type { Kysely } from 'kysely';
import type { AuditCheckpoint } from '../../core/audit/audit-checkpoint.ts';
import type { Database } from '../schema.ts';

/** Stores a signed checkpoint (append-only). */
export const insertAuditCheckpoint = async (
  db: Kysely<Database>,
  checkpoint: AuditCheckpoint,
  createdBy: string | null,
): Promise<void> => {
  await db
    .insertInto('audit_checkpoints')
    .values({
      id: checkpoint.id,
      entry_count: checkpoint.entryCount,
      last_hash: checkpoint.lastHash,
      signed_at: checkpoint.at,
      key_id: checkpoint.keyId,
      mac: checkpoint.mac,
      created_by: createdBy,
    })
    .execute();
};

/** Every checkpoint, oldest (fewest entries) first. */
export const listAuditCheckpoints = async (db: Kysely<Database>): Promise<AuditCheckpoint[]> => {
  const rows = await db
    .selectFrom('audit_checkpoints')
    .selectAll()
    .orderBy('entry_count', 'asc')
    .orderBy('signed_at', 'asc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    entryCount: Number(row.entry_count),
    lastHash: row.last_hash,
    at: row.signed_at,
    keyId: row.key_id,
    mac: row.mac,
  }));
};
