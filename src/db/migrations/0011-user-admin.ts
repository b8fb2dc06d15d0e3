import { type Kysely, sql } from 'kysely';

/**
 * User administration: a user is pending (invited, no password yet), active or deactivated; optional TOTP
 * two-factor sign-in; one-time account tokens (invitation, password reset) stored only as SHA-256 hashes; and
 * the mail outbox, where the platform writes the mails it would send (it never sends them).
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT 'active'
    CHECK (status IN ('pending', 'active', 'deactivated'))`.execute(db);
  await sql`ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL`.execute(db);
  await sql`ALTER TABLE users ADD COLUMN totp_secret text`.execute(db);
  await sql`ALTER TABLE users ADD COLUMN totp_enabled boolean NOT NULL DEFAULT false`.execute(db);
  await sql`ALTER TABLE users ADD COLUMN totp_last_step bigint`.execute(db);
  await sql`CREATE TABLE account_tokens (
    token_hash text PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('invitation', 'password_reset')),
    user_id text NOT NULL REFERENCES users(id),
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
  )`.execute(db);
  await sql`CREATE INDEX account_tokens_user ON account_tokens (user_id, kind)`.execute(db);
  await sql`CREATE TABLE mail_outbox (
    id text PRIMARY KEY,
    to_address text NOT NULL,
    subject text NOT NULL,
    body text NOT NULL,
    kind text NOT NULL,
    created_at timestamptz NOT NULL
  )`.execute(db);
  await sql`CREATE INDEX mail_outbox_created ON mail_outbox (created_at DESC)`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`DROP TABLE mail_outbox`.execute(db);
  await sql`DROP TABLE account_tokens`.execute(db);
  await sql`ALTER TABLE users DROP COLUMN totp_last_step`.execute(db);
  await sql`ALTER TABLE users DROP COLUMN totp_enabled`.execute(db);
  await sql`ALTER TABLE users DROP COLUMN totp_secret`.execute(db);
  await sql`ALTER TABLE users DROP COLUMN status`.execute(db);
};
