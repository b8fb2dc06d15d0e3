import type { Kysely } from 'kysely';
import { NOTIFICATION_AUDIENCES, type NotificationKind } from '../../core/notifications/notification-kinds.ts';
import { insertNotifications, userIdsOfConsortium, userIdsWithRoles } from '../../db/repos/notifications.repo.ts';
import { userIdsOfCompany } from '../../db/repos/users.repo.ts';
import type { Database } from '../../db/schema.ts';
import type { ServiceDeps } from '../service-deps.ts';

/** One event someone must act on: what it is about, the words shown, and the page that acts on it. */
export type NotificationEvent = {
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  object: { type: string; id: string };
  /** for the applicant kinds: the proposal's consortium; for an invitation: the invited company */
  consortiumId?: string;
  companyId?: string;
  /** for the named-users kinds: who is told */
  userIds?: readonly string[];
  /** the person whose action caused the event is not told of it */
  actorUserId?: string | null;
};

/**
 * Records one notification per recipient of the event, in the caller's transaction (so it exists exactly when the
 * event does). Recipients follow the kind's audience (core/notifications): every user of the roles, the users of
 * the proposal's consortium, the users of the invited company, or the users the event names. Returns the recipients' ids.
 */
export const notify = async (
  trx: Kysely<Database>,
  deps: Pick<ServiceDeps, 'clock' | 'newId'>,
  event: NotificationEvent,
): Promise<string[]> => {
  const audience = NOTIFICATION_AUDIENCES[event.kind];
  const candidates =
    audience.to === 'roles'
      ? await userIdsWithRoles(trx, audience.roles)
      : audience.to === 'applicant'
        ? event.consortiumId
          ? await userIdsOfConsortium(trx, event.consortiumId)
          : []
        : audience.to === 'named_users'
          ? [...(event.userIds ?? [])]
          : event.companyId
            ? await userIdsOfCompany(trx, event.companyId)
            : [];
  const recipients = candidates.filter((id) => id !== event.actorUserId);
  const now = deps.clock();
  await insertNotifications(
    trx,
    recipients.map((userId) => ({
      id: deps.newId(),
      userId,
      kind: event.kind,
      title: event.title.slice(0, 300),
      body: event.body.slice(0, 2000),
      link: event.link,
      objectType: event.object.type,
      objectId: event.object.id,
      createdAt: now,
      readAt: null,
    })),
  );
  return recipients;
};

/** A proposal's title for a notification (the working draft's, which is the submitted one when it was submitted). */
export const proposalLabel = (title: string | undefined): string => {
  const trimmed = title?.trim();
  return trimmed ? `“${trimmed}”` : 'an untitled proposal';
};
