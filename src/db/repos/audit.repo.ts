import type { Kysely } from 'kysely';
import type { AuditRecord } from '../../core/audit/audit-chain.ts';
import type { Database } from '../schema.ts';

/** The last entry's sequence number and hash, locked until the transaction ends so appends stay in one chain. */
export const lockAuditHead = async (db: Kysely<Database>): Promise<{ lastSeq: number; lastHash: string }> => {
  const head = await db.selectFrom('audit_head').selectAll().where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
  return { lastSeq: head.last_seq, lastHash: head.last_hash };
};

/** The head as the append path left it (no lock: for verification). */
export const readAuditHead = async (db: Kysely<Database>): Promise<{ lastSeq: number; lastHash: string }> => {
  const head = await db.selectFrom('audit_head').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return { lastSeq: Number(head.last_seq), lastHash: head.last_hash };
};

/** Stores a signed entry and moves the head to it. Call inside the transaction that locked the head. */
export const insertAuditRecord = async (db: Kysely<Database>, record: AuditRecord): Promise<void> => {
  await db
    .insertInto('audit_entries')
    .values({
      seq: record.seq,
      at: record.at,
      actor_id: record.actorId,
      actor_name: record.actorName,
      action: record.action,
      object_type: record.objectType,
      object_id: record.objectId,
      summary: JSON.stringify(record.summary),
      prev_hash: record.prevHash,
      hash: record.hash,
    })
    .execute();
  await db
    .updateTable('audit_head')
    .set({ last_seq: record.seq, last_hash: record.hash })
    .where('id', '=', 1)
    .execute();
};

type AuditRow = Database['audit_entries'] extends infer T ? { [K in keyof T]: unknown } : never;

const toRecord = (row: AuditRow): AuditRecord => ({
  seq: Number(row.seq),
  at: String(row.at),
  actorId: (row.actor_id as string | null) ?? null,
  actorName: String(row.actor_name),
  action: String(row.action),
  objectType: String(row.object_type),
  objectId: String(row.object_id),
  summary: row.summary as Record<string, unknown>,
  prevHash: String(row.prev_hash),
  hash: String(row.hash),
});

/** Entries in seq order, optionally for one object, newest last. */
export const listAudit = async (
  db: Kysely<Database>,
  filter: { objectId?: string; limit?: number } = {},
): Promise<AuditRecord[]> => {
  let query = db.selectFrom('audit_entries').selectAll().orderBy('seq', 'asc');
  if (filter.objectId !== undefined) query = query.where('object_id', '=', filter.objectId);
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  const rows = await query.execute();
  return rows.map(toRecord);
};
