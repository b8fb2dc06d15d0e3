import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export type SessionRecord = { idHash: string; userId: string; csrfToken: string; expiresAt: Date };

export const insertSession = async (db: Kysely<Database>, session: SessionRecord): Promise<void> => {
  await db
    .insertInto('sessions')
    .values({
      id_hash: session.idHash,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      expires_at: session.expiresAt,
    })
    .execute();
};

export const findSession = async (db: Kysely<Database>, idHash: string): Promise<SessionRecord | null> => {
  const row = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
  return row
    ? { idHash: row.id_hash, userId: row.user_id, csrfToken: row.csrf_token, expiresAt: new Date(row.expires_at) }
    : null;
};

export const deleteSession = async (db: Kysely<Database>, idHash: string): Promise<void> => {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
};

export const deleteExpiredSessions = async (db: Kysely<Database>, now: Date): Promise<void> => {
  await db.deleteFrom('sessions').where('expires_at', '<', now).execute();
};

/** Ends every session of a user (deactivation, password reset); returns how many were ended. */
export const deleteSessionsOfUser = async (db: Kysely<Database>, userId: string): Promise<number> => {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
};
