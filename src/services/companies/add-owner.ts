import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { findCompany, findCompanyRecord, listOwnersOf, upsertOwnershipEdge } from '../../db/repos/companies.repo.ts';
import { companyHasUsers } from '../../db/repos/users.repo.ts';
import { companyResource, notFound, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { type CompanyDetail, getCompany } from './get-company.ts';
import { visibleCompanyIds } from './list-companies.ts';

/** Records that ownerId directly holds sharePercent of companyId; direct shares may not add up past 100%. */
export const addOwner = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { companyId: string; ownerId: string; sharePercent: number },
): Promise<Result<CompanyDetail>> => {
  const visible = await visibleCompanyIds(deps.db, actor);
  if (visible !== 'all' && !visible.includes(input.companyId)) return notFound('Company');
  const owned = await findCompanyRecord(deps.db, input.companyId);
  if (!owned) return notFound('Company');
  const represented = await companyHasUsers(deps.db, owned.id);
  if (!can(actor, 'company.owner.set', companyResource(owned, represented))) return refused('company.owner.set');
  if (input.ownerId === input.companyId) {
    return err(
      appError('invalid_input', 'A company cannot own itself.', [{ path: 'ownerId', message: 'pick another owner' }]),
    );
  }
  const written = await inTransaction(deps.db, async (trx) => {
    if (!(await findCompany(trx, input.companyId))) return notFound('Company');
    if (!(await findCompany(trx, input.ownerId))) {
      return err(
        appError('invalid_input', 'The owner is not a registered company or person.', [
          { path: 'ownerId', message: 'register the owner first' },
        ]),
      );
    }
    const others = (await listOwnersOf(trx, input.companyId)).filter((e) => e.ownerId !== input.ownerId);
    const total = others.reduce((sum, e) => sum + e.sharePercent, 0) + input.sharePercent;
    if (total > 100 + 1e-9) {
      return err(
        appError('invalid_input', `Direct shares would add up to ${total}%, more than 100%.`, [
          { path: 'sharePercent', message: `at most ${Math.max(0, 100 - (total - input.sharePercent))}` },
        ]),
      );
    }
    await upsertOwnershipEdge(trx, {
      ownerId: input.ownerId,
      ownedId: input.companyId,
      sharePercent: input.sharePercent,
    });
    await recordAudit(trx, deps, {
      actor,
      action: 'company.owner.set',
      objectType: 'company',
      objectId: input.companyId,
      summary: { ownerId: input.ownerId, sharePercent: input.sharePercent },
    });
    return ok(null);
  });
  return written.ok ? getCompany(deps.db, actor, input.companyId) : written;
};
