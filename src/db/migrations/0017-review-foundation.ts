import { type Kysely, sql } from 'kysely';

/**
 * The tables interagency review builds on (issue 8), laid down once so the features on top of them share one
 * shape:
 * - reviewer_profiles: a reviewer's expertise tags (layers, sectors, countries/regions) and capacity; the agency
 *   is the user's own `users.agency`;
 * - reviewer_affiliations: declared affiliations (company, country, relationship, dates) used for conflicts of
 *   interest (5 CFR 2635.502);
 * - review_assignments: who reviews which proposal, how the pair was made (solver, manual, forced), when it was
 *   published to the reviewer, and the reviewer's certification: `pending` until the reviewer certifies no
 *   conflict (`certified`) or declares one (`recused`); a program officer's waiver is kept with its reason;
 * - reviews: one per assignment, a draft (autosaved) until submitted, scored on the rubric version it names;
 * - review_comments: the discussion thread of a proposal's reviewers, after the blind phase.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`CREATE TABLE reviewer_profiles (
    user_id text PRIMARY KEY REFERENCES users(id),
    expertise jsonb NOT NULL DEFAULT '[]'::jsonb,
    capacity integer NOT NULL DEFAULT 6 CHECK (capacity >= 0),
    updated_at timestamptz NOT NULL
  )`.execute(db);
  await sql`CREATE TABLE reviewer_affiliations (
    id text PRIMARY KEY,
    user_id text NOT NULL REFERENCES users(id),
    company_name text NOT NULL,
    country text,
    relationship text NOT NULL,
    start_date text NOT NULL,
    end_date text,
    created_at timestamptz NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX reviewer_affiliations_user ON reviewer_affiliations (user_id)`.execute(db);
  await sql`CREATE TABLE review_assignments (
    id text PRIMARY KEY,
    proposal_id text NOT NULL REFERENCES proposals(id),
    reviewer_id text NOT NULL REFERENCES users(id),
    source text NOT NULL,
    score double precision,
    assigned_by text NOT NULL REFERENCES users(id),
    assigned_at timestamptz NOT NULL,
    published_at timestamptz,
    certification text NOT NULL DEFAULT 'pending',
    certified_at timestamptz,
    recusal_reason text,
    waived_by text REFERENCES users(id),
    waiver_reason text,
    waived_at timestamptz,
    UNIQUE (proposal_id, reviewer_id)
  )`.execute(db);
  await sql`CREATE INDEX review_assignments_reviewer ON review_assignments (reviewer_id)`.execute(db);
  await sql`CREATE TABLE reviews (
    id text PRIMARY KEY,
    proposal_id text NOT NULL REFERENCES proposals(id),
    reviewer_id text NOT NULL REFERENCES users(id),
    rubric_version integer NOT NULL,
    scores jsonb NOT NULL DEFAULT '{}'::jsonb,
    recommendation text,
    summary text NOT NULL DEFAULT '',
    status text NOT NULL DEFAULT 'draft',
    updated_at timestamptz NOT NULL,
    submitted_at timestamptz,
    UNIQUE (proposal_id, reviewer_id)
  )`.execute(db);
  await sql`CREATE TABLE review_comments (
    id text PRIMARY KEY,
    proposal_id text NOT NULL REFERENCES proposals(id),
    author_id text NOT NULL REFERENCES users(id),
    body text NOT NULL,
    created_at timestamptz NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX review_comments_proposal ON review_comments (proposal_id, created_at)`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`DROP TABLE review_comments`.execute(db);
  await sql`DROP TABLE reviews`.execute(db);
  await sql`DROP TABLE review_assignments`.execute(db);
  await sql`DROP TABLE reviewer_affiliations`.execute(db);
  await sql`DROP TABLE reviewer_profiles`.execute(db);
};
