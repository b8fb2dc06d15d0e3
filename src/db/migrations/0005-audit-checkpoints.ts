import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE audit_checkpoints (
    id text PRIMARY KEY,
    entry_count integer NOT NULL,
    last_hash char(64) NOT NULL,
    signed_at text NOT NULL,
    key_id text NOT NULL,
    mac char(64) NOT NULL,
    created_by text REFERENCES users(id)
  )`,
  `CREATE INDEX audit_checkpoints_entry_count ON audit_checkpoints (entry_count)`,
  `CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
    FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
];

/** Signed checkpoints of the audit trail (HMAC with a key the database does not hold); append-only. */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`DROP TABLE audit_checkpoints`.execute(db);
};
