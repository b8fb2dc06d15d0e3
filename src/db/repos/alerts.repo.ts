import type { Kysely } from 'kysely';
import type { AlertKind } from '../../core/screening/alert-kind.ts';
import type { AlertStatus } from '../../core/screening/alert-status.ts';
import type { Database } from '../schema.ts';

export type AlertRecord = {
  id: string;
  kind: AlertKind;
  /** the hit (kind 'hit'); null for list alerts */
  hitId: string | null;
  proposalId: string | null;
  /** list alerts: the list source, the version concerned (the new one, or the current one kept) and what happened */
  listSource: string | null;
  listVersionId: string | null;
  message: string | null;
  createdAt: Date;
  acknowledgedAt: Date | null;
  /** who acknowledged it, with an optional note (null while open) */
  acknowledgedBy: string | null;
  acknowledgementNote: string | null;
};

/** A new alert on a hit (delta re-screening). */
export const insertAlert = async (
  db: Kysely<Database>,
  alert: { id: string; hitId: string; proposalId: string | null; createdAt: Date },
): Promise<void> => {
  await db
    .insertInto('alerts')
    .values({ id: alert.id, hit_id: alert.hitId, proposal_id: alert.proposalId, created_at: alert.createdAt })
    .execute();
};

/** New hit alerts in multi-row statements (500 rows each). */
export const insertAlerts = async (
  db: Kysely<Database>,
  alerts: readonly { id: string; hitId: string; proposalId: string | null; createdAt: Date }[],
): Promise<void> => {
  for (let start = 0; start < alerts.length; start += 500) {
    await db
      .insertInto('alerts')
      .values(
        alerts.slice(start, start + 500).map((alert) => ({
          id: alert.id,
          hit_id: alert.hitId,
          proposal_id: alert.proposalId,
          created_at: alert.createdAt,
        })),
      )
      .execute();
  }
};

/** A new alert about a list: a shrink that was allowed, or a refresh that was refused. */
export const insertListAlert = async (
  db: Kysely<Database>,
  alert: {
    id: string;
    kind: Exclude<AlertKind, 'hit'>;
    listSource: string;
    listVersionId: string | null;
    message: string;
    createdAt: Date;
  },
): Promise<void> => {
  await db
    .insertInto('alerts')
    .values({
      id: alert.id,
      kind: alert.kind,
      hit_id: null,
      proposal_id: null,
      list_source: alert.listSource,
      list_version_id: alert.listVersionId,
      message: alert.message,
      created_at: alert.createdAt,
    })
    .execute();
};

type AlertRow = {
  id: string;
  kind: string;
  hit_id: string | null;
  proposal_id: string | null;
  list_source: string | null;
  list_version_id: string | null;
  message: string | null;
  created_at: Date | string;
  acknowledged_at: Date | string | null;
  acknowledged_by: string | null;
  acknowledgement_note: string | null;
};

const toAlert = (row: AlertRow): AlertRecord => ({
  id: row.id,
  // the column's CHECK constraint holds it to the kinds of AlertKind
  kind: row.kind as AlertKind,
  hitId: row.hit_id,
  proposalId: row.proposal_id,
  listSource: row.list_source,
  listVersionId: row.list_version_id,
  message: row.message,
  createdAt: new Date(row.created_at),
  acknowledgedAt: row.acknowledged_at === null ? null : new Date(row.acknowledged_at),
  acknowledgedBy: row.acknowledged_by,
  acknowledgementNote: row.acknowledgement_note,
});

/** Alerts newest first; `status` keeps the open (unacknowledged) or the acknowledged ones. */
export const listAlerts = async (
  db: Kysely<Database>,
  options: { status?: AlertStatus } = {},
): Promise<AlertRecord[]> => {
  let query = db.selectFrom('alerts').selectAll();
  if (options.status === 'open') query = query.where('acknowledged_at', 'is', null);
  if (options.status === 'acknowledged') query = query.where('acknowledged_at', 'is not', null);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map(toAlert);
};

/** One alert, locked for update until the transaction ends. */
export const findAlertForUpdate = async (db: Kysely<Database>, id: string): Promise<AlertRecord | null> => {
  const row = await db.selectFrom('alerts').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row ? toAlert(row) : null;
};

/** Marks an alert acknowledged by a user at a time, with an optional note. */
export const acknowledgeAlert = async (
  db: Kysely<Database>,
  ack: { id: string; by: string | null; at: Date; note: string | null },
): Promise<void> => {
  await db
    .updateTable('alerts')
    .set({ acknowledged_at: ack.at, acknowledged_by: ack.by, acknowledgement_note: ack.note })
    .where('id', '=', ack.id)
    .execute();
};

/** A 'list_stale' alert on a version, unless one was raised on it already; true when inserted. */
export const insertStaleListAlert = async (
  db: Kysely<Database>,
  alert: { id: string; listSource: string; listVersionId: string; message: string; createdAt: Date },
): Promise<boolean> => {
  const inserted = await db
    .insertInto('alerts')
    .values({
      id: alert.id,
      kind: 'list_stale',
      hit_id: null,
      proposal_id: null,
      list_source: alert.listSource,
      list_version_id: alert.listVersionId,
      message: alert.message,
      created_at: alert.createdAt,
    })
    .onConflict((oc) => oc.column('list_version_id').where('kind', '=', 'list_stale').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
};
