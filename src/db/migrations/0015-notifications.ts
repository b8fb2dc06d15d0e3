import { type Kysely, sql } from 'kysely';

/**
 * In-app notifications: one row per recipient and event (what a role must act on), with the page to open;
 * read_at is null until the recipient marks it read.
 */
export const up = async (db: Kysely<unknown>): Promise<void> => {
  await sql`CREATE TABLE notifications (
    id text PRIMARY KEY,
    user_id text NOT NULL REFERENCES users(id),
    kind text NOT NULL,
    title text NOT NULL,
    body text NOT NULL,
    link text NOT NULL,
    object_type text NOT NULL,
    object_id text NOT NULL,
    created_at timestamptz NOT NULL,
    read_at timestamptz
  )`.execute(db);
  await sql`CREATE INDEX notifications_user_created ON notifications (user_id, created_at DESC, id DESC)`.execute(db);
  await sql`CREATE INDEX notifications_user_unread ON notifications (user_id) WHERE read_at IS NULL`.execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`DROP TABLE notifications`.execute(db);
};
