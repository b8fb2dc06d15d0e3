import type { Kysely } from 'kysely';
import type { Actor } from '../../core/accounts/roles.ts';
import type { Company, ControlBasis } from '../../core/consortium/company.schema.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { findCompany, listOwnersOf } from '../../db/repos/companies.repo.ts';
import { listControllersOf } from '../../db/repos/control-relations.repo.ts';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../access.ts';
import { visibleCompanyIds } from './list-companies.ts';

export type CompanyDetail = {
  company: Company;
  owners: { ownerId: string; ownerName: string; sharePercent: number }[];
  /** control without equity over the company (board seats, voting agreements, veto rights) */
  controllers: { controllerId: string; controllerName: string; basis: ControlBasis; detail: string }[];
};

export const getCompany = async (db: Kysely<Database>, actor: Actor, id: string): Promise<Result<CompanyDetail>> => {
  const visible = await visibleCompanyIds(db, actor);
  if (visible !== 'all' && !visible.includes(id)) return notFound('Company');
  const company = await findCompany(db, id);
  if (!company) return notFound('Company');
  const edges = await listOwnersOf(db, id);
  const owners = await Promise.all(
    edges.map(async (edge) => ({
      ownerId: edge.ownerId,
      ownerName: (await findCompany(db, edge.ownerId))?.legalName ?? edge.ownerId,
      sharePercent: edge.sharePercent,
    })),
  );
  const controllers = await Promise.all(
    (await listControllersOf(db, id)).map(async (relation) => ({
      controllerId: relation.controllerId,
      controllerName: (await findCompany(db, relation.controllerId))?.legalName ?? relation.controllerId,
      basis: relation.basis,
      detail: relation.detail,
    })),
  );
  return ok({ company, owners, controllers });
};
