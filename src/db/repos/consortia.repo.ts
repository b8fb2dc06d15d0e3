import type { Kysely } from 'kysely';
import type { MemberRole } from '../../core/consortium/consortium.schema.ts';
import type { Database } from '../schema.ts';

export type ConsortiumMemberView = { companyId: string; legalName: string; country: string; role: MemberRole };
/** A company invited to join, waiting for one of its users to accept. */
export type PendingInvitationView = { id: string; companyId: string; legalName: string };
export type ConsortiumView = {
  id: string;
  name: string;
  description: string;
  members: ConsortiumMemberView[];
  pendingInvitations: PendingInvitationView[];
};

export const insertConsortium = async (
  db: Kysely<Database>,
  consortium: { id: string; name: string; description: string; createdBy: string; anchorCompanyId: string },
): Promise<void> => {
  await db
    .insertInto('consortia')
    .values({
      id: consortium.id,
      name: consortium.name,
      description: consortium.description,
      created_by: consortium.createdBy,
    })
    .execute();
  await addMember(db, consortium.id, consortium.anchorCompanyId, 'anchor');
};

export const addMember = async (
  db: Kysely<Database>,
  consortiumId: string,
  companyId: string,
  role: MemberRole,
): Promise<void> => {
  await db
    .insertInto('consortium_members')
    .values({ consortium_id: consortiumId, company_id: companyId, role })
    .execute();
};

export const removeMember = async (db: Kysely<Database>, consortiumId: string, companyId: string): Promise<void> => {
  await db
    .deleteFrom('consortium_members')
    .where('consortium_id', '=', consortiumId)
    .where('company_id', '=', companyId)
    .execute();
};

export const findConsortium = async (db: Kysely<Database>, id: string): Promise<ConsortiumView | null> => {
  const row = await db.selectFrom('consortia').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const members = await db
    .selectFrom('consortium_members as m')
    .innerJoin('companies as c', 'c.id', 'm.company_id')
    .select(['m.company_id', 'm.role', 'c.legal_name', 'c.principal_place_of_business'])
    .where('m.consortium_id', '=', id)
    .orderBy('m.role')
    .orderBy('c.legal_name')
    .execute();
  const pending = await db
    .selectFrom('consortium_invitations as i')
    .innerJoin('companies as c', 'c.id', 'i.company_id')
    .select(['i.id', 'i.company_id', 'c.legal_name'])
    .where('i.consortium_id', '=', id)
    .where('i.status', '=', 'pending')
    .orderBy('c.legal_name')
    .execute();
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    members: members.map((m) => ({
      companyId: m.company_id,
      legalName: m.legal_name,
      country: m.principal_place_of_business,
      role: m.role as MemberRole,
    })),
    pendingInvitations: pending.map((p) => ({ id: p.id, companyId: p.company_id, legalName: p.legal_name })),
  };
};

/** Ids of consortia that any of these companies is a member of. */
export const consortiumIdsForCompanies = async (
  db: Kysely<Database>,
  companyIds: readonly string[],
): Promise<string[]> => {
  if (companyIds.length === 0) return [];
  const rows = await db
    .selectFrom('consortium_members')
    .select('consortium_id')
    .distinct()
    .where('company_id', 'in', companyIds)
    .execute();
  return rows.map((r) => r.consortium_id);
};

export type ConsortiumSummary = { id: string; name: string; memberCount: number; anchorName: string };

export const listConsortia = async (db: Kysely<Database>, ids?: readonly string[]): Promise<ConsortiumSummary[]> => {
  if (ids !== undefined && ids.length === 0) return [];
  let query = db
    .selectFrom('consortia as k')
    .leftJoin('consortium_members as a', (join) =>
      join.onRef('a.consortium_id', '=', 'k.id').on('a.role', '=', 'anchor'),
    )
    .leftJoin('companies as c', 'c.id', 'a.company_id')
    .select((eb) => [
      'k.id',
      'k.name',
      'c.legal_name as anchor_name',
      eb
        .selectFrom('consortium_members as m')
        .select((e) => e.fn.countAll<string>().as('n'))
        .whereRef('m.consortium_id', '=', 'k.id')
        .as('member_count'),
    ])
    .orderBy('k.name');
  if (ids !== undefined) query = query.where('k.id', 'in', ids);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    anchorName: r.anchor_name ?? '',
    memberCount: Number(r.member_count ?? 0),
  }));
};
