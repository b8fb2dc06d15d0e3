import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import type { Company, CompanyInput } from '../../core/consortium/company.schema.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { insertCompany } from '../../db/repos/companies.repo.ts';
import { linkUserCompany } from '../../db/repos/users.repo.ts';
import { refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';

/**
 * Registers a company. An applicant may register its own company (`ownCompany`: the applicant then acts
 * for it) or a partner or owner it will add to a consortium or an ownership chain.
 */
export const createCompany = async (
  deps: ServiceDeps,
  actor: Actor,
  input: CompanyInput & { ownCompany?: boolean },
): Promise<Result<Company>> => {
  if (!can(actor, 'company.create')) return refused('company.create');
  const { ownCompany = false, ...company } = input;
  return inTransaction(deps.db, async (trx) => {
    const created = await insertCompany(trx, { ...company, id: deps.newId(), createdBy: actor.userId });
    if (ownCompany && can(actor, 'company.represent')) {
      await linkUserCompany(trx, actor.userId, created.id);
      actor.companyIds.push(created.id);
    }
    await recordAudit(trx, deps, {
      actor,
      action: 'company.create',
      objectType: 'company',
      objectId: created.id,
      summary: { legalName: created.legalName, country: created.countryOfIncorporation, ownCompany },
    });
    return ok(created);
  });
};
