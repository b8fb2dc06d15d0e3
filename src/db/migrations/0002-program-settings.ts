import { type Kysely, sql } from 'kysely';

/** Admin-editable program settings (countries of concern, thresholds, rule switches), every change kept. */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`CREATE TABLE program_settings (
    version integer PRIMARY KEY,
    settings jsonb NOT NULL,
    reason text NOT NULL,
    changed_by text REFERENCES users(id),
    changed_at timestamptz NOT NULL
  )`.execute(db);
  await sql`CREATE TRIGGER program_settings_history BEFORE UPDATE OR DELETE ON program_settings
    FOR EACH ROW EXECUTE FUNCTION refuse_change()`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`DROP TABLE program_settings`.execute(db);
};
