import { type Kysely, sql } from 'kysely';

/**
 * Consortium invitations: the anchor invites a company; it becomes a member only when one of its users
 * accepts. At most one pending invitation per consortium and company.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`CREATE TABLE consortium_invitations (
    id text PRIMARY KEY,
    consortium_id text NOT NULL REFERENCES consortia(id),
    company_id text NOT NULL REFERENCES companies(id),
    status text NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn')),
    invited_by text REFERENCES users(id),
    invited_at timestamptz NOT NULL,
    decided_by text REFERENCES users(id),
    decided_at timestamptz
  )`.execute(db);
  await sql`CREATE UNIQUE INDEX consortium_invitations_one_pending
    ON consortium_invitations (consortium_id, company_id) WHERE status = 'pending'`.execute(db);
  await sql`CREATE INDEX consortium_invitations_company ON consortium_invitations (company_id, status)`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`DROP TABLE consortium_invitations`.execute(db);
};
