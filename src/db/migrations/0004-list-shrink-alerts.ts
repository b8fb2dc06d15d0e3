import { type Kysely, sql } from 'kysely';

/**
 * Alerts about lists as well as hits: `kind` says which ('hit', 'list_shrink_allowed', 'list_refresh_refused'),
 * `hit_id` is empty for list alerts, which name the list source, the version concerned and say what happened.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`ALTER TABLE alerts ALTER COLUMN hit_id DROP NOT NULL`.execute(db);
  await sql`ALTER TABLE alerts ADD COLUMN kind text NOT NULL DEFAULT 'hit'
    CHECK (kind IN ('hit', 'list_shrink_allowed', 'list_refresh_refused'))`.execute(db);
  await sql`ALTER TABLE alerts ADD COLUMN list_source text`.execute(db);
  await sql`ALTER TABLE alerts ADD COLUMN list_version_id text REFERENCES list_versions(id)`.execute(db);
  await sql`ALTER TABLE alerts ADD COLUMN message text`.execute(db);
  await sql`ALTER TABLE alerts ADD CONSTRAINT alerts_hit_or_list CHECK ((kind = 'hit') = (hit_id IS NOT NULL))`.execute(
    db,
  );
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`DELETE FROM alerts WHERE kind <> 'hit'`.execute(db);
  await sql`ALTER TABLE alerts DROP CONSTRAINT alerts_hit_or_list`.execute(db);
  await sql`ALTER TABLE alerts DROP COLUMN message, DROP COLUMN list_version_id, DROP COLUMN list_source, DROP COLUMN kind`.execute(
    db,
  );
  await sql`ALTER TABLE alerts ALTER COLUMN hit_id SET NOT NULL`.execute(db);
};
