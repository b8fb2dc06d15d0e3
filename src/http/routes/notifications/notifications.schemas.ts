import { z } from '@hono/zod-openapi';
import { NOTIFICATION_KINDS } from '../../../core/notifications/notification-kinds.ts';

/** Wire schemas of the signed-in person's notifications. */
export const NotificationSchema = z
  .object({
    id: z.string(),
    kind: z.enum(NOTIFICATION_KINDS),
    title: z.string(),
    body: z.string(),
    /** the page of the app that acts on it */
    link: z.string(),
    objectType: z.string(),
    objectId: z.string(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .openapi('Notification');

export const NotificationsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  unread: z.enum(['true', 'false']).default('false'),
});

export const NotificationsResponseSchema = z.object({
  notifications: z.array(NotificationSchema),
  unreadCount: z.number().int(),
});
export const UnreadCountResponseSchema = z.object({ unreadCount: z.number().int() });
export const MarkAllReadResponseSchema = z.object({ unreadCount: z.number().int(), marked: z.number().int() });

export type NotificationItem = z.infer<typeof NotificationSchema>;
export type NotificationsResponse = z.infer<typeof NotificationsResponseSchema>;
export type UnreadCountResponse = z.infer<typeof UnreadCountResponseSchema>;
export type MarkAllReadResponse = z.infer<typeof MarkAllReadResponseSchema>;
