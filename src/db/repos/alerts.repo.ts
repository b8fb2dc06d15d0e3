import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export type AlertRecord = {
  id: string;
  hitId: string;
  proposalId: string | null;
  createdAt: Date;
  acknowledgedAt: Date | null;
};

export const insertAlert = async (db: Kysely<Database>, alert: Omit<AlertRecord, 'acknowledgedAt'>): Promise<void> => {
  await db
    .insertInto('alerts')
    .values({ id: alert.id, hit_id: alert.hitId, proposal_id: alert.proposalId, created_at: alert.createdAt })
    .execute();
};

export const listAlerts = async (db: Kysely<Database>): Promise<AlertRecord[]> => {
  const rows = await db.selectFrom('alerts').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    hitId: row.hit_id,
    proposalId: row.proposal_id,
    createdAt: new Date(row.created_at),
    acknowledgedAt: row.acknowledged_at === null ? null : new Date(row.acknowledged_at),
  }));
};
