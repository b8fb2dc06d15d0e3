import type { Kysely } from 'kysely';
import type { NotificationKind } from '../../core/notifications/notification-kinds.ts';
import type { Database } from '../schema.ts';

export type NotificationRecord = {
  id: string;
  userId: string;
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  objectType: string;
  objectId: string;
  createdAt: Date;
  readAt: Date | null;
};

export const insertNotifications = async (db: Kysely<Database>, rows: readonly NotificationRecord[]): Promise<void> => {
  if (rows.length === 0) return;
  await db
    .insertInto('notifications')
    .values(
      rows.map((n) => ({
        id: n.id,
        user_id: n.userId,
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link,
        object_type: n.objectType,
        object_id: n.objectId,
        created_at: n.createdAt,
        read_at: n.readAt,
      })),
    )
    .execute();
};

/** The user's notifications, newest first. */
export const listNotificationsOf = async (
  db: Kysely<Database>,
  userId: string,
  options: { limit: number; unreadOnly: boolean },
): Promise<NotificationRecord[]> => {
  let query = db.selectFrom('notifications').selectAll().where('user_id', '=', userId);
  if (options.unreadOnly) query = query.where('read_at', 'is', null);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(options.limit).execute();
  return rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    kind: r.kind as NotificationKind,
    title: r.title,
    body: r.body,
    link: r.link,
    objectType: r.object_type,
    objectId: r.object_id,
    createdAt: new Date(r.created_at),
    readAt: r.read_at === null ? null : new Date(r.read_at),
  }));
};

export const countUnreadNotifications = async (db: Kysely<Database>, userId: string): Promise<number> => {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
};

/** Marks one of the user's notifications read; false when the user has no notification with that id. */
export const markNotificationRead = async (
  db: Kysely<Database>,
  input: { userId: string; id: string; at: Date },
): Promise<boolean> => {
  const found = await db
    .selectFrom('notifications')
    .select('id')
    .where('id', '=', input.id)
    .where('user_id', '=', input.userId)
    .executeTakeFirst();
  if (!found) return false;
  await db
    .updateTable('notifications')
    .set({ read_at: input.at })
    .where('id', '=', input.id)
    .where('user_id', '=', input.userId)
    .where('read_at', 'is', null)
    .execute();
  return true;
};

/** Marks every unread notification of the user read; returns how many. */
export const markAllNotificationsRead = async (
  db: Kysely<Database>,
  input: { userId: string; at: Date },
): Promise<number> => {
  const result = await db
    .updateTable('notifications')
    .set({ read_at: input.at })
    .where('user_id', '=', input.userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
};

/** The ids of every user holding one of the roles. */
export const userIdsWithRoles = async (db: Kysely<Database>, roles: readonly string[]): Promise<string[]> => {
  if (roles.length === 0) return [];
  const rows = await db.selectFrom('users').select('id').where('role', 'in', roles).orderBy('id').execute();
  return rows.map((r) => r.id);
};

/** The users who act for a member company of the consortium (the applicant's people). */
export const userIdsOfConsortium = async (db: Kysely<Database>, consortiumId: string): Promise<string[]> => {
  const rows = await db
    .selectFrom('consortium_members')
    .innerJoin('user_companies', 'user_companies.company_id', 'consortium_members.company_id')
    .select('user_companies.user_id')
    .distinct()
    .where('consortium_members.consortium_id', '=', consortiumId)
    .orderBy('user_companies.user_id')
    .execute();
  return rows.map((r) => r.user_id);
};
