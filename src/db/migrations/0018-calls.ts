import { type Kysely, sql } from 'kysely';

/**
 * Calls for proposals: what the program office publishes (title, reference, opening and closing times,
 * eligible regions and layers, rubric version, reviewers per proposal, required agencies, notice link); every
 * proposal answers one (proposals.call_id; null only for proposals started before calls were recorded).
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`CREATE TABLE calls (
    id text PRIMARY KEY,
    reference text NOT NULL UNIQUE,
    title text NOT NULL,
    opens_at timestamptz NOT NULL,
    closes_at timestamptz NOT NULL,
    regions jsonb NOT NULL DEFAULT '[]'::jsonb,
    layers jsonb NOT NULL DEFAULT '[]'::jsonb,
    rubric_version integer NOT NULL,
    reviewers_per_proposal integer NOT NULL,
    required_agencies jsonb NOT NULL DEFAULT '[]'::jsonb,
    notice_url text NOT NULL,
    created_by text NOT NULL REFERENCES users(id),
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL,
    CHECK (closes_at > opens_at)
  )`.execute(db);
  await sql`ALTER TABLE proposals ADD COLUMN call_id text REFERENCES calls(id)`.execute(db);
  await sql`CREATE INDEX proposals_call ON proposals (call_id)`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`ALTER TABLE proposals DROP COLUMN call_id`.execute(db);
  await sql`DROP TABLE calls`.execute(db);
};
