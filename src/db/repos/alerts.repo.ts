import type { Kysely } from 'kysely';
import type { AlertKind } from '../../core/screening/alert-kind.ts';
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

export const listAlerts = async (db: Kysely<Database>): Promise<AlertRecord[]> => {
  const rows = await db.selectFrom('alerts').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map((row) => ({
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
  }));
};
