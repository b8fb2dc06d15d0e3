import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE list_versions (
    id text PRIMARY KEY,
    source text NOT NULL,
    format text NOT NULL,
    content_hash text NOT NULL,
    as_of text NOT NULL,
    entry_count integer NOT NULL,
    imported_at timestamptz NOT NULL,
    imported_by text REFERENCES users(id),
    is_current boolean NOT NULL DEFAULT false,
    files jsonb NOT NULL,
    etag text
  )`,
  `CREATE UNIQUE INDEX list_versions_one_current ON list_versions (source) WHERE is_current`,
  `CREATE INDEX list_versions_source ON list_versions (source, imported_at)`,
  `CREATE TABLE list_entries (
    list_version_id text NOT NULL REFERENCES list_versions(id),
    position integer NOT NULL,
    entry_id text NOT NULL,
    fingerprint text NOT NULL,
    entry jsonb NOT NULL,
    PRIMARY KEY (list_version_id, position)
  )`,
  `CREATE INDEX list_entries_version_entry ON list_entries (list_version_id, entry_id)`,
  `CREATE TABLE screened_parties (
    id text PRIMARY KEY,
    proposal_id text REFERENCES proposals(id),
    kind text NOT NULL,
    party_key text NOT NULL,
    name text NOT NULL,
    type text NOT NULL,
    country text,
    company_id text REFERENCES companies(id),
    created_at timestamptz NOT NULL
  )`,
  `CREATE UNIQUE INDEX screened_parties_unique ON screened_parties (proposal_id, kind, party_key)`,
  `CREATE INDEX screened_parties_key ON screened_parties (party_key)`,
  `CREATE TABLE screening_hits (
    id text PRIMARY KEY,
    party_id text NOT NULL REFERENCES screened_parties(id),
    list_source text NOT NULL,
    entry_id text NOT NULL,
    entry_fingerprint text NOT NULL,
    list_version_id text NOT NULL REFERENCES list_versions(id),
    score double precision NOT NULL,
    matched_name text NOT NULL,
    explanation jsonb NOT NULL,
    status text NOT NULL,
    reused_from text,
    created_at timestamptz NOT NULL,
    UNIQUE (party_id, list_source, entry_id, entry_fingerprint)
  )`,
  `CREATE INDEX screening_hits_status ON screening_hits (status, created_at)`,
  `CREATE TABLE adjudications (
    id text PRIMARY KEY,
    hit_id text NOT NULL REFERENCES screening_hits(id),
    decision text NOT NULL,
    reason text NOT NULL,
    decided_by text REFERENCES users(id),
    decided_at timestamptz NOT NULL,
    reused_from text
  )`,
  `CREATE INDEX adjudications_hit ON adjudications (hit_id, decided_at)`,
  `CREATE TRIGGER adjudications_append_only BEFORE UPDATE OR DELETE ON adjudications
    FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
  `CREATE TABLE alerts (
    id text PRIMARY KEY,
    hit_id text NOT NULL REFERENCES screening_hits(id),
    proposal_id text REFERENCES proposals(id),
    created_at timestamptz NOT NULL,
    acknowledged_at timestamptz
  )`,
  `CREATE TABLE jobs (
    id text PRIMARY KEY,
    kind text NOT NULL,
    payload jsonb NOT NULL,
    status text NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    progress jsonb,
    last_error text,
    run_after timestamptz NOT NULL,
    locked_at timestamptz,
    created_at timestamptz NOT NULL,
    finished_at timestamptz
  )`,
  `CREATE INDEX jobs_ready ON jobs (status, run_after)`,
];

/** Denied-party screening: list versions and entries, screened parties, hits, adjudications, alerts, and the job queue. */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`DROP TABLE jobs, alerts, adjudications, screening_hits, screened_parties, list_entries, list_versions`.execute(
    db,
  );
};
