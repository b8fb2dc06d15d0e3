import { type Kysely, sql } from 'kysely';

const STATEMENTS: string[] = [
  `CREATE TABLE users (
    id text PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text NOT NULL,
    role text NOT NULL,
    agency text,
    password_hash text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
    )`,
  `CREATE TABLE companies (
    id text PRIMARY KEY,
    kind text NOT NULL DEFAULT 'company',
    legal_name text NOT NULL,
    other_names jsonb NOT NULL DEFAULT '[]',
    country_of_incorporation char(2) NOT NULL,
    principal_place_of_business char(2) NOT NULL,
    identifiers jsonb NOT NULL DEFAULT '{}',
    created_by text REFERENCES users(id),
    created_at timestamptz NOT NULL DEFAULT now()
    )`,
  `CREATE TABLE user_companies (
    user_id text NOT NULL REFERENCES users(id),
    company_id text NOT NULL REFERENCES companies(id),
    PRIMARY KEY (user_id, company_id)
    )`,
  `CREATE TABLE sessions (
    id_hash text PRIMARY KEY,
    user_id text NOT NULL REFERENCES users(id),
    csrf_token text NOT NULL,
    expires_at timestamptz NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
    )`,
  `CREATE TABLE ownership_edges (
    owner_id text NOT NULL REFERENCES companies(id),
    owned_id text NOT NULL REFERENCES companies(id),
    share_percent double precision NOT NULL CHECK (share_percent > 0 AND share_percent <= 100),
    PRIMARY KEY (owner_id, owned_id),
    CHECK (owner_id <> owned_id)
    )`,
  `CREATE TABLE consortia (
    id text PRIMARY KEY,
    name text NOT NULL,
    description text NOT NULL DEFAULT '',
    created_by text REFERENCES users(id),
    created_at timestamptz NOT NULL DEFAULT now()
    )`,
  `CREATE TABLE consortium_members (
    consortium_id text NOT NULL REFERENCES consortia(id),
    company_id text NOT NULL REFERENCES companies(id),
    role text NOT NULL CHECK (role IN ('anchor', 'member')),
    PRIMARY KEY (consortium_id, company_id)
    )`,
  `CREATE UNIQUE INDEX consortium_one_anchor ON consortium_members (consortium_id) WHERE role = 'anchor'`,
  `CREATE TABLE proposals (
    id text PRIMARY KEY,
    consortium_id text NOT NULL REFERENCES consortia(id),
    status text NOT NULL,
    draft jsonb NOT NULL,
    current_version integer,
    created_by text REFERENCES users(id),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    designated_at timestamptz
    )`,
  `CREATE INDEX proposals_status ON proposals (status)`,
  `CREATE INDEX proposals_consortium ON proposals (consortium_id)`,
  `CREATE TABLE proposal_versions (
    proposal_id text NOT NULL REFERENCES proposals(id),
    number integer NOT NULL CHECK (number >= 1),
    content jsonb NOT NULL,
    submitted_at timestamptz NOT NULL,
    submitted_by text REFERENCES users(id),
    PRIMARY KEY (proposal_id, number)
    )`,
  `CREATE TABLE audit_entries (
    seq integer PRIMARY KEY,
    at text NOT NULL,
    actor_id text,
    actor_name text NOT NULL,
    action text NOT NULL,
    object_type text NOT NULL,
    object_id text NOT NULL,
    summary jsonb NOT NULL,
    prev_hash char(64) NOT NULL,
    hash char(64) NOT NULL UNIQUE
    )`,
  `CREATE INDEX audit_entries_object ON audit_entries (object_id)`,
  `CREATE TABLE audit_head (
    id integer PRIMARY KEY CHECK (id = 1),
    last_seq integer NOT NULL,
    last_hash char(64) NOT NULL
    )`,
  `INSERT INTO audit_head (id, last_seq, last_hash) VALUES (1, 0, repeat('0', 64))`,
  `CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
    END;
    $$`,
  `CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
    FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
  `CREATE TRIGGER proposal_versions_frozen BEFORE UPDATE OR DELETE ON proposal_versions
    FOR EACH ROW EXECUTE FUNCTION refuse_change()`,
];

/** Accounts, companies, consortia, proposals with frozen versions, and the append-only audit trail. */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`DROP TABLE audit_head, audit_entries, proposal_versions, proposals, consortium_members, consortia,
    ownership_edges, sessions, user_companies, companies, users CASCADE`.execute(db);
  await sql`DROP FUNCTION refuse_change()`.execute(db);
};
