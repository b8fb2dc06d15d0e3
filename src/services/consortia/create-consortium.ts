import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import type { ConsortiumInput } from '../../core/consortium/consortium.schema.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { findCompany } from '../../db/repos/companies.repo.ts';
import { type ConsortiumView, findConsortium, insertConsortium } from '../../db/repos/consortia.repo.ts';
import { refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';

/** Registers a consortium led by one of the applicant's own companies, its anchor member. */
export const createConsortium = async (
  deps: ServiceDeps,
  actor: Actor,
  input: ConsortiumInput & { anchorCompanyId: string },
): Promise<Result<ConsortiumView>> => {
  if (!can(actor, 'consortium.create')) return refused('consortium.create');
  if (!actor.companyIds.includes(input.anchorCompanyId)) {
    return err(
      appError('invalid_input', 'The anchor member must be a company you act for.', [
        { path: 'anchorCompanyId', message: 'pick one of your companies' },
      ]),
    );
  }
  return inTransaction(deps.db, async (trx) => {
    if (!(await findCompany(trx, input.anchorCompanyId))) {
      return err(
        appError('invalid_input', 'Unknown anchor company.', [{ path: 'anchorCompanyId', message: 'not found' }]),
      );
    }
    const id = deps.newId();
    await insertConsortium(trx, {
      id,
      name: input.name,
      description: input.description,
      createdBy: actor.userId,
      anchorCompanyId: input.anchorCompanyId,
    });
    await recordAudit(trx, deps, {
      actor,
      action: 'consortium.create',
      objectType: 'consortium',
      objectId: id,
      summary: { name: input.name, anchorCompanyId: input.anchorCompanyId },
    });
    const created = await findConsortium(trx, id);
    return created ? ok(created) : err(appError('internal_error', 'The consortium was not saved.'));
  });
};
