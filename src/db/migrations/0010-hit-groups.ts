import { type Kysely, sql } from 'kysely';

/**
 * The alerts inbox: who acknowledged an alert and with what note (`acknowledged_at` was there already).
 * Grouped hits (one per list entity) need no column: the group's entry ids, addresses, programs, readable list
 * name and link are kept in the hit's `explanation`.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`ALTER TABLE alerts ADD COLUMN acknowledged_by text REFERENCES users(id)`.execute(db);
  await sql`ALTER TABLE alerts ADD COLUMN acknowledgement_note text`.execute(db);
  await sql`CREATE INDEX alerts_open ON alerts (created_at) WHERE acknowledged_at IS NULL`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`DROP INDEX alerts_open`.execute(db);
  await sql`ALTER TABLE alerts DROP COLUMN acknowledgement_note, DROP COLUMN acknowledged_by`.execute(db);
};
