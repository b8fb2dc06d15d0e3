import type { Kysely } from 'kysely';
import { scopeOf } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import type { Company } from '../../core/consortium/company.schema.ts';
import { listCompanies } from '../../db/repos/companies.repo.ts';
import type { Database } from '../../db/schema.ts';
import { visibleConsortiumIds } from '../access.ts';

/** Ids of the companies the actor may see; for an applicant its own, those it registered, and members of its consortia. */
export const visibleCompanyIds = async (db: Kysely<Database>, actor: Actor): Promise<string[] | 'all'> => {
  const scope = scopeOf(actor.role, 'company.read');
  if (scope === 'all') return 'all';
  if (scope === 'none') return [];
  // 'related_company': own, registered, and fellow members of the actor's consortia
  const consortia = await visibleConsortiumIds(db, actor);
  const members =
    consortia === 'all' || consortia.length === 0
      ? []
      : await db
          .selectFrom('consortium_members')
          .select('company_id')
          .where('consortium_id', 'in', consortia)
          .execute();
  const registered = await db.selectFrom('companies').select('id').where('created_by', '=', actor.userId).execute();
  return [...new Set([...actor.companyIds, ...members.map((m) => m.company_id), ...registered.map((r) => r.id)])];
};

export const listVisibleCompanies = async (db: Kysely<Database>, actor: Actor): Promise<Company[]> => {
  const ids = await visibleCompanyIds(db, actor);
  return listCompanies(db, ids === 'all' ? undefined : ids);
};
