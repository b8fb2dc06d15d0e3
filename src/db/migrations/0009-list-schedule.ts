import { type Kysely, sql } from 'kysely';

/**
 * Lists out of the box and fail-closed screening: a 'list_stale' alert kind (a current list version older than
 * the program setting maxListAgeDays), and on each screened party the outcome of its last screening
 * ('screened' or 'not_screened'), the list versions it was screened against and when.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`ALTER TABLE alerts DROP CONSTRAINT alerts_kind_check`.execute(db);
  await sql`ALTER TABLE alerts ADD CONSTRAINT alerts_kind_check
    CHECK (kind IN ('hit', 'list_shrink_allowed', 'list_refresh_refused', 'list_stale'))`.execute(db);
  await sql`CREATE UNIQUE INDEX alerts_list_stale_once ON alerts (list_version_id) WHERE kind = 'list_stale'`.execute(
    db,
  );
  await sql`ALTER TABLE screened_parties ADD COLUMN screening_status text NOT NULL DEFAULT 'screened'
    CHECK (screening_status IN ('screened', 'not_screened'))`.execute(db);
  await sql`ALTER TABLE screened_parties ADD COLUMN list_version_ids jsonb NOT NULL DEFAULT '[]'`.execute(db);
  await sql`ALTER TABLE screened_parties ADD COLUMN screened_at timestamptz`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`ALTER TABLE screened_parties DROP COLUMN screened_at, DROP COLUMN list_version_ids, DROP COLUMN screening_status`.execute(
    db,
  );
  await sql`DROP INDEX alerts_list_stale_once`.execute(db);
  await sql`DELETE FROM alerts WHERE kind = 'list_stale'`.execute(db);
  await sql`ALTER TABLE alerts DROP CONSTRAINT alerts_kind_check`.execute(db);
  await sql`ALTER TABLE alerts ADD CONSTRAINT alerts_kind_check
    CHECK (kind IN ('hit', 'list_shrink_allowed', 'list_refresh_refused'))`.execute(db);
};
