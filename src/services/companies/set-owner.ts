import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { wouldCreateCycle } from '../../core/consortium/ownership-graph.ts';
import { PERCENT_TOLERANCE } from '../../core/eligibility/ownership-control.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import {
  deleteOwnershipEdge,
  findCompany,
  findCompanyRecord,
  listAllOwnershipEdges,
  listOwnersOf,
  upsertOwnershipEdge,
} from '../../db/repos/companies.repo.ts';
import { companyHasUsers } from '../../db/repos/users.repo.ts';
import { companyResource, notFound, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { type CompanyDetail, getCompany } from './get-company.ts';
import { visibleCompanyIds } from './list-companies.ts';

const fieldError = (message: string, path: string, fieldMessage: string) =>
  err(appError('invalid_input', message, [{ path, message: fieldMessage }]));

/** The company, if the actor sees it and may record its owners (`company.owner.set`); else 404 or 403. */
const checkMayRecordOwners = async (deps: ServiceDeps, actor: Actor, companyId: string): Promise<Result<null>> => {
  const visible = await visibleCompanyIds(deps.db, actor);
  if (visible !== 'all' && !visible.includes(companyId)) return notFound('Company');
  const owned = await findCompanyRecord(deps.db, companyId);
  if (!owned) return notFound('Company');
  const represented = await companyHasUsers(deps.db, owned.id);
  return can(actor, 'company.owner.set', companyResource(owned, represented)) ? ok(null) : refused('company.owner.set');
};

/**
 * Records that ownerId directly holds sharePercent of companyId (`mode: 'add'` records or updates it;
 * `'edit'` only changes the share of an owner already recorded, 404 otherwise). Direct shares may not add up past 100%, and no
 * company may end up owning itself through a chain (no cycles).
 */
export const setOwner = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { companyId: string; ownerId: string; sharePercent: number; mode: 'add' | 'edit' },
): Promise<Result<CompanyDetail>> => {
  const allowed = await checkMayRecordOwners(deps, actor, input.companyId);
  if (!allowed.ok) return allowed;
  if (input.ownerId === input.companyId) {
    return fieldError('A company cannot own itself.', 'ownerId', 'pick another owner');
  }
  const written = await inTransaction(deps.db, async (trx) => {
    if (!(await findCompany(trx, input.companyId))) return notFound('Company');
    const owner = await findCompany(trx, input.ownerId);
    if (!owner) {
      return fieldError('The owner is not a registered company or person.', 'ownerId', 'register the owner first');
    }
    const current = await listOwnersOf(trx, input.companyId);
    const before = current.find((e) => e.ownerId === input.ownerId);
    if (input.mode === 'edit' && !before) return notFound('Owner');
    const others = current.filter((e) => e.ownerId !== input.ownerId);
    const othersTotal = others.reduce((sum, e) => sum + e.sharePercent, 0);
    if (othersTotal + input.sharePercent > 100 + PERCENT_TOLERANCE) {
      const left = Math.max(0, Math.round((100 - othersTotal) * 1e6) / 1e6);
      return fieldError(
        `Direct shares would add up to ${othersTotal + input.sharePercent}%, more than 100%.`,
        'sharePercent',
        `at most ${left} (the other owners hold ${othersTotal}%)`,
      );
    }
    if (
      !before &&
      wouldCreateCycle(await listAllOwnershipEdges(trx), { ownerId: input.ownerId, ownedId: input.companyId })
    ) {
      return fieldError(
        `${owner.legalName} is itself owned, directly or through others, by this company: that would be a cycle.`,
        'ownerId',
        'this owner is owned by the company (a cycle)',
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
      summary: {
        ownerId: input.ownerId,
        ownerName: owner.legalName,
        sharePercent: input.sharePercent,
        before: before ? { sharePercent: before.sharePercent } : null,
      },
    });
    return ok(null);
  });
  return written.ok ? getCompany(deps.db, actor, input.companyId) : written;
};

/** Removes a recorded direct owner of a company. */
export const removeOwner = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { companyId: string; ownerId: string },
): Promise<Result<CompanyDetail>> => {
  const allowed = await checkMayRecordOwners(deps, actor, input.companyId);
  if (!allowed.ok) return allowed;
  const removed = await inTransaction(deps.db, async (trx) => {
    const before = (await listOwnersOf(trx, input.companyId)).find((e) => e.ownerId === input.ownerId);
    if (!before || !(await deleteOwnershipEdge(trx, { ownerId: input.ownerId, ownedId: input.companyId }))) {
      return notFound('Owner');
    }
    await recordAudit(trx, deps, {
      actor,
      action: 'company.owner.remove',
      objectType: 'company',
      objectId: input.companyId,
      summary: {
        ownerId: input.ownerId,
        ownerName: (await findCompany(trx, input.ownerId))?.legalName ?? input.ownerId,
        before: { sharePercent: before.sharePercent },
      },
    });
    return ok(null);
  });
  return removed.ok ? getCompany(deps.db, actor, input.companyId) : removed;
};
