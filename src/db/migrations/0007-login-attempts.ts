import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `CREATE TABLE login_attempts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_hash text NOT NULL,
    address text NOT NULL,
    attempted_at timestamptz NOT NULL
  )`,
  `CREATE INDEX login_attempts_account ON login_attempts (account_hash, attempted_at)`,
  `CREATE INDEX login_attempts_address ON login_attempts (address, attempted_at)`,
  `CREATE INDEX login_attempts_at ON login_attempts (attempted_at)`,
];

/**
 * The login limiter's memory, shared by every instance: one row per login attempt that was let through and has
 * not succeeded (a failure, or one still being checked). Rows are deleted by age, and an account and address's
 * rows on a successful login; never wholesale.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`DROP TABLE login_attempts`.execute(db);
};
