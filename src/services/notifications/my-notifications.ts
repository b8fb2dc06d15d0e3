import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import {
  countUnreadNotifications,
  listNotificationsOf,
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationRecord,
} from '../../db/repos/notifications.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';

export type MyNotifications = { notifications: NotificationRecord[]; unreadCount: number };

/** The signed-in person's own notifications (nobody reads another's), newest first, with the unread count. */
export const listMyNotifications = async (
  deps: ServiceDeps,
  actor: Actor,
  options: { limit: number; unreadOnly: boolean },
): Promise<Result<MyNotifications>> =>
  ok({
    notifications: await listNotificationsOf(deps.db, actor.userId, options),
    unreadCount: await countUnreadNotifications(deps.db, actor.userId),
  });

export const countMyUnread = async (deps: ServiceDeps, actor: Actor): Promise<Result<{ unreadCount: number }>> =>
  ok({ unreadCount: await countUnreadNotifications(deps.db, actor.userId) });

/** Marks one of one's notifications read (404 for an id that is not one's own: another's is not even confirmed). */
export const markMyNotificationRead = async (
  deps: ServiceDeps,
  actor: Actor,
  id: string,
): Promise<Result<{ unreadCount: number }>> => {
  const found = await markNotificationRead(deps.db, { userId: actor.userId, id, at: deps.clock() });
  if (!found) return err(appError('not_found', 'Notification not found.'));
  return ok({ unreadCount: await countUnreadNotifications(deps.db, actor.userId) });
};

export const markAllMyNotificationsRead = async (
  deps: ServiceDeps,
  actor: Actor,
): Promise<Result<{ unreadCount: number; marked: number }>> => {
  const marked = await markAllNotificationsRead(deps.db, { userId: actor.userId, at: deps.clock() });
  return ok({ marked, unreadCount: 0 });
};
