import type { Kysely } from 'kysely';
import { scopeOf } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import type { InvitationStatus } from '../../core/consortium/consortium.schema.ts';
import { type InvitationView, listInvitations } from '../../db/repos/consortium-invitations.repo.ts';
import type { Database } from '../../db/schema.ts';

/** The consortium invitations of the companies the actor acts for (all statuses unless filtered), newest first. */
export const listMyInvitations = async (
  db: Kysely<Database>,
  actor: Actor,
  filter: { statuses?: InvitationStatus[] } = {},
): Promise<InvitationView[]> => {
  const scope = scopeOf(actor.role, 'consortium.invitations.read');
  if (scope !== 'acts_for_company') return [];
  return listInvitations(db, {
    companyIds: actor.companyIds,
    ...(filter.statuses === undefined ? {} : { statuses: filter.statuses }),
  });
};
