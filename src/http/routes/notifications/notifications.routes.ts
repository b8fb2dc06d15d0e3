import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import type { NotificationRecord } from '../../../db/repos/notifications.repo.ts';
import {
  countMyUnread,
  listMyNotifications,
  markAllMyNotificationsRead,
  markMyNotificationRead,
} from '../../../services/notifications/my-notifications.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonContent, respond } from '../../route-helpers.ts';
import {
  MarkAllReadResponseSchema,
  type NotificationItem,
  NotificationsQuerySchema,
  NotificationsResponseSchema,
  UnreadCountResponseSchema,
} from './notifications.schemas.ts';

const list = createRoute({
  ...guard('notifications.read'),
  method: 'get',
  path: '/api/v1/notifications',
  tags: ['notifications'],
  summary: 'My notifications, newest first, with the unread count (unread=true: only unread ones)',
  request: { query: NotificationsQuerySchema },
  responses: { 200: jsonContent(NotificationsResponseSchema, 'My notifications'), ...errorResponses },
});
const unread = createRoute({
  ...guard('notifications.read'),
  method: 'get',
  path: '/api/v1/notifications/unread-count',
  tags: ['notifications'],
  summary: 'How many of my notifications are unread (what the bell shows)',
  responses: { 200: jsonContent(UnreadCountResponseSchema, 'The unread count'), ...errorResponses },
});
const markRead = createRoute({
  ...guard('notifications.read'),
  method: 'post',
  path: '/api/v1/notifications/{id}/read',
  tags: ['notifications'],
  summary: 'Mark one of my notifications read (404 for any other id)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(UnreadCountResponseSchema, 'Marked; the unread count'), ...errorResponses },
});
const markAll = createRoute({
  ...guard('notifications.read'),
  method: 'post',
  path: '/api/v1/notifications/read-all',
  tags: ['notifications'],
  summary: 'Mark all my notifications read',
  responses: { 200: jsonContent(MarkAllReadResponseSchema, 'How many were marked'), ...errorResponses },
});

const present = (n: NotificationRecord): NotificationItem => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  objectType: n.objectType,
  objectId: n.objectId,
  createdAt: n.createdAt.toISOString(),
  readAt: n.readAt?.toISOString() ?? null,
});

export const registerNotificationRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(list, async (c) => {
    const query = c.req.valid('query');
    const result = await listMyNotifications(deps.services, c.get('actor'), {
      limit: query.limit,
      unreadOnly: query.unread === 'true',
    });
    return respond(c, result, (value) => ({
      notifications: value.notifications.map(present),
      unreadCount: value.unreadCount,
    }));
  });
  app.openapi(unread, async (c) => respond(c, await countMyUnread(deps.services, c.get('actor')), (v) => v));
  app.openapi(markAll, async (c) =>
    respond(c, await markAllMyNotificationsRead(deps.services, c.get('actor')), (v) => v),
  );
  app.openapi(markRead, async (c) =>
    respond(c, await markMyNotificationRead(deps.services, c.get('actor'), c.req.valid('param').id), (v) => v),
  );
};
