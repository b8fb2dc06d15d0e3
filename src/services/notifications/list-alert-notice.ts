import type { NotificationEvent } from './notify.ts';

/** The notification of a list alert (shrink allowed, refresh refused, list stale): compliance officers act on it. */
export const listAlertNotice = (input: { source: string; what: string; message: string }): NotificationEvent => ({
  kind: 'list_alert',
  title: `The ${input.source} list ${input.what}`,
  body: input.message,
  link: '/compliance/alerts',
  object: { type: 'list', id: input.source },
});
