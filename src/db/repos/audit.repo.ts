import { type Kysely, sql } from 'kysely';
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

export type AuditFilter = {
  actorId?: string;
  /** part of the actor's name, any case */
  actorName?: string;
  /** an exact action, or a prefix when it ends in `*` (e.g. `proposal.*`) */
  action?: string;
  objectType?: string;
  objectId?: string;
  /** ISO instants: from inclusive, to exclusive */
  from?: string;
  to?: string;
};

/**
 * A filter with the seq range its dates cover: the first and last entry of the range (from the time index alone),
 * so a page reads entries by seq between them, wherever the range lies in the trail. The dates still apply.
 */
export type ScopedAuditFilter = AuditFilter & { seqFrom?: number; seqTo?: number };

/** Above this many entries in a date range, a page finds its entries faster walking seq than bounding it first. */
export const AUDIT_SEQ_SCOPE_CAP = 25_000;

/**
 * The filter narrowed to the seq range of its dates, found from the time index when the range holds at most `cap`
 * entries (an empty range matches nothing); as is without dates or over a larger range.
 */
export const scopeAuditFilter = async (
  db: Kysely<Database>,
  filter: AuditFilter,
  cap: number = AUDIT_SEQ_SCOPE_CAP,
): Promise<ScopedAuditFilter> => {
  const { from, to } = filter;
  if (from === undefined && to === undefined) return filter;
  // the limit keeps the range a subquery read from the time index and stops it past the cap; min and max are the
  // bounds only when it saw the whole range
  const inRange = db
    .selectFrom('audit_entries as r')
    .select('r.seq')
    .$if(from !== undefined, (qb) => qb.where('r.at', '>=', from ?? ''))
    .$if(to !== undefined, (qb) => qb.where('r.at', '<', to ?? ''))
    .limit(cap + 1);
  const row = await db
    .selectFrom(inRange.as('r'))
    .select([
      sql<number>`count(*)::int`.as('n'),
      sql<number | null>`min(r.seq)`.as('lo'),
      sql<number | null>`max(r.seq)`.as('hi'),
    ])
    .executeTakeFirst();
  const n = Number(row?.n ?? 0);
  if (n > cap) return filter;
  if (n === 0 || row?.lo == null || row.hi == null) return { ...filter, seqFrom: 1, seqTo: 0 };
  return { ...filter, seqFrom: Number(row.lo), seqTo: Number(row.hi) };
};

const likeText = (words: string): string => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const filteredAudit = (db: Kysely<Database>, filter: ScopedAuditFilter) => {
  let query = db.selectFrom('audit_entries as a').leftJoin('users as u', 'u.id', 'a.actor_id');
  if (filter.actorId !== undefined) query = query.where('a.actor_id', '=', filter.actorId);
  if (filter.actorName !== undefined) query = query.where('a.actor_name', 'ilike', likeText(filter.actorName));
  if (filter.action !== undefined) {
    query = filter.action.endsWith('*')
      ? query.where('a.action', 'like', `${filter.action.slice(0, -1).replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
      : query.where('a.action', '=', filter.action);
  }
  if (filter.objectType !== undefined) query = query.where('a.object_type', '=', filter.objectType);
  if (filter.objectId !== undefined) query = query.where('a.object_id', '=', filter.objectId);
  if (filter.from !== undefined) query = query.where('a.at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('a.at', '<', filter.to);
  if (filter.seqFrom !== undefined) query = query.where('a.seq', '>=', filter.seqFrom);
  if (filter.seqTo !== undefined) query = query.where('a.seq', '<=', filter.seqTo);
  return query;
};

export type AuditRecordWithRole = AuditRecord & { actorRole: string | null };

const withRole = (row: AuditRow & { actor_role: unknown }): AuditRecordWithRole => ({
  ...toRecord(row),
  actorRole: (row.actor_role as string | null) ?? null,
});

/**
 * One page of entries under the filter, by keyset on seq: newest first below `before`, or (with `after`) the
 * page just newer than `after`, still returned newest first.
 */
export const pageAudit = async (
  db: Kysely<Database>,
  filter: ScopedAuditFilter,
  page: { before?: number; after?: number; limit: number },
): Promise<AuditRecordWithRole[]> => {
  let query = filteredAudit(db, filter).selectAll('a').select('u.role as actor_role');
  if (page.after !== undefined) {
    const rows = await query.where('a.seq', '>', page.after).orderBy('a.seq', 'asc').limit(page.limit).execute();
    return rows.map(withRole).reverse();
  }
  if (page.before !== undefined) query = query.where('a.seq', '<', page.before);
  return (await query.orderBy('a.seq', 'desc').limit(page.limit).execute()).map(withRole);
};

/** Whether any entry under the filter lies beyond a seq (older: below it; newer: above it). */
export const auditHasBeyond = async (
  db: Kysely<Database>,
  filter: ScopedAuditFilter,
  seq: number,
  side: 'older' | 'newer',
): Promise<boolean> => {
  const row = await filteredAudit(db, filter)
    .select('a.seq')
    .where('a.seq', side === 'older' ? '<' : '>', seq)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
};

/** Every entry under the filter, oldest first, a batch at a time (for exports of any size). */
export async function* streamAudit(
  db: Kysely<Database>,
  filter: ScopedAuditFilter,
  options: { batch: number; uptoSeq: number },
): AsyncGenerator<AuditRecordWithRole[]> {
  let after = 0;
  for (;;) {
    const rows = await filteredAudit(db, filter)
      .selectAll('a')
      .select('u.role as actor_role')
      .where('a.seq', '>', after)
      .where('a.seq', '<=', options.uptoSeq)
      .orderBy('a.seq', 'asc')
      .limit(options.batch)
      .execute();
    if (rows.length === 0) return;
    yield rows.map(withRole);
    after = Number(rows[rows.length - 1]?.seq);
    if (rows.length < options.batch) return;
  }
}
