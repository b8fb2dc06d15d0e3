import type { Kysely } from 'kysely';
import type { InvitationStatus } from '../../core/consortium/consortium.schema.ts';
import type { Database } from '../schema.ts';

export type InvitationView = {
  id: string;
  consortiumId: string;
  consortiumName: string;
  companyId: string;
  companyName: string;
  status: InvitationStatus;
  invitedAt: string;
  decidedAt: string | null;
};

export const insertInvitation = async (
  db: Kysely<Database>,
  invitation: { id: string; consortiumId: string; companyId: string; invitedBy: string | null; invitedAt: Date },
): Promise<void> => {
  await db
    .insertInto('consortium_invitations')
    .values({
      id: invitation.id,
      consortium_id: invitation.consortiumId,
      company_id: invitation.companyId,
      status: 'pending',
      invited_by: invitation.invitedBy,
      invited_at: invitation.invitedAt,
    })
    .execute();
};

export const decideInvitation = async (
  db: Kysely<Database>,
  id: string,
  decision: { status: Exclude<InvitationStatus, 'pending'>; decidedBy: string | null; decidedAt: Date },
): Promise<void> => {
  await db
    .updateTable('consortium_invitations')
    .set({ status: decision.status, decided_by: decision.decidedBy, decided_at: decision.decidedAt })
    .where('id', '=', id)
    .execute();
};

const selectInvitations = (db: Kysely<Database>) =>
  db
    .selectFrom('consortium_invitations as i')
    .innerJoin('consortia as k', 'k.id', 'i.consortium_id')
    .innerJoin('companies as c', 'c.id', 'i.company_id')
    .select([
      'i.id',
      'i.consortium_id',
      'k.name as consortium_name',
      'i.company_id',
      'c.legal_name as company_name',
      'i.status',
      'i.invited_at',
      'i.decided_at',
    ]);

type Row = {
  id: string;
  consortium_id: string;
  consortium_name: string;
  company_id: string;
  company_name: string;
  status: string;
  invited_at: Date;
  decided_at: Date | null;
};

const toView = (r: Row): InvitationView => ({
  id: r.id,
  consortiumId: r.consortium_id,
  consortiumName: r.consortium_name,
  companyId: r.company_id,
  companyName: r.company_name,
  status: r.status as InvitationStatus,
  invitedAt: new Date(r.invited_at).toISOString(),
  decidedAt: r.decided_at === null ? null : new Date(r.decided_at).toISOString(),
});

/** One invitation; `forUpdate` locks the row for a decision. */
export const findInvitation = async (
  db: Kysely<Database>,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<InvitationView | null> => {
  let query = selectInvitations(db).where('i.id', '=', id);
  if (options.forUpdate) query = query.forUpdate('i');
  const row = await query.executeTakeFirst();
  return row ? toView(row) : null;
};

/** Invitations to these companies, or of this consortium, newest first. */
export const listInvitations = async (
  db: Kysely<Database>,
  filter: { companyIds?: readonly string[]; consortiumId?: string; statuses?: readonly InvitationStatus[] },
): Promise<InvitationView[]> => {
  if (filter.companyIds !== undefined && filter.companyIds.length === 0) return [];
  let query = selectInvitations(db).orderBy('i.invited_at', 'desc').orderBy('i.id');
  if (filter.companyIds !== undefined) query = query.where('i.company_id', 'in', filter.companyIds);
  if (filter.consortiumId !== undefined) query = query.where('i.consortium_id', '=', filter.consortiumId);
  if (filter.statuses !== undefined) query = query.where('i.status', 'in', filter.statuses);
  return (await query.execute()).map(toView);
};
