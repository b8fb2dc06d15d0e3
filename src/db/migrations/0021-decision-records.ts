import { type Kysely, sql } from 'kysely';

/**
 * The decision maker's decisions (issue 8):
 * - decision_records: one row per decision on a proposal (designate, decline, return) with the version decided,
 *   the national-interest determination text, conditions, term in months, reporting duties, the gate's verdict at
 *   the time and the SHA-256 of the record's canonical JSON, which the audit entry carries. Immutable: a trigger
 *   refuses UPDATE and DELETE (a later decision is a new row).
 * - decision_overrides: each blocker finding the decision maker overrode at that decision, with the written
 *   justification; immutable too.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`CREATE TABLE decision_records (
    id text PRIMARY KEY,
    proposal_id text NOT NULL REFERENCES proposals(id),
    version integer,
    action text NOT NULL,
    determination text NOT NULL,
    conditions jsonb NOT NULL DEFAULT '[]'::jsonb,
    term_months integer CHECK (term_months IS NULL OR term_months > 0),
    reporting_duties jsonb NOT NULL DEFAULT '[]'::jsonb,
    gate jsonb NOT NULL,
    decided_by text NOT NULL REFERENCES users(id),
    decided_at timestamptz NOT NULL,
    hash text NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX decision_records_proposal ON decision_records (proposal_id, decided_at)`.execute(db);
  await sql`CREATE TABLE decision_overrides (
    id text PRIMARY KEY,
    decision_id text NOT NULL REFERENCES decision_records(id),
    proposal_id text NOT NULL REFERENCES proposals(id),
    finding_code text NOT NULL,
    finding_title text NOT NULL,
    justification text NOT NULL,
    created_at timestamptz NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX decision_overrides_proposal ON decision_overrides (proposal_id)`.execute(db);
  await sql`CREATE TRIGGER decision_records_immutable BEFORE UPDATE OR DELETE ON decision_records
    FOR EACH ROW EXECUTE FUNCTION refuse_change()`.execute(db);
  await sql`CREATE TRIGGER decision_overrides_immutable BEFORE UPDATE OR DELETE ON decision_overrides
    FOR EACH ROW EXECUTE FUNCTION refuse_change()`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`DROP TABLE decision_overrides`.execute(db);
  await sql`DROP TABLE decision_records`.execute(db);
};
