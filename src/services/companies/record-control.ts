import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import type { ControlBasis } from '../../core/consortium/company.schema.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { findCompany, findCompanyRecord } from '../../db/repos/companies.repo.ts';
import {
  deleteControlRelation,
  listControllersOf,
  upsertControlRelation,
} from '../../db/repos/control-relations.repo.ts';
import { companyHasUsers } from '../../db/repos/users.repo.ts';
import { companyResource, notFound, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { type CompanyDetail, getCompany } from './get-company.ts';
import { visibleCompanyIds } from './list-companies.ts';

/** The company, if the actor sees it and may record who owns and controls it (`company.owner.set`). */
const checkMayRecordControl = async (deps: ServiceDeps, actor: Actor, companyId: string): Promise<Result<null>> => {
  const visible = await visibleCompanyIds(deps.db, actor);
  if (visible !== 'all' && !visible.includes(companyId)) return notFound('Company');
  const record = await findCompanyRecord(deps.db, companyId);
  if (!record) return notFound('Company');
  const represented = await companyHasUsers(deps.db, record.id);
  return can(actor, 'company.owner.set', companyResource(record, represented))
    ? ok(null)
    : refused('company.owner.set');
};

/**
 * Records control without equity over a company: the controller (a registered company or person) controls it
 * through board seats, a voting agreement, veto rights or another basis, described in words. Recording the same
 * controller and basis again changes the description. One audit entry, one transaction.
 */
export const recordControl = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { companyId: string; controllerId: string; basis: ControlBasis; detail: string },
): Promise<Result<CompanyDetail>> => {
  const allowed = await checkMayRecordControl(deps, actor, input.companyId);
  if (!allowed.ok) return allowed;
  if (input.controllerId === input.companyId) {
    return err(
      appError('invalid_input', 'A company cannot control itself.', [
        { path: 'controllerId', message: 'pick another controller' },
      ]),
    );
  }
  const written = await inTransaction(deps.db, async (trx) => {
    const controller = await findCompany(trx, input.controllerId);
    if (!controller) {
      return err(
        appError('invalid_input', 'The controller is not a registered company or person.', [
          { path: 'controllerId', message: 'register the controller first' },
        ]),
      );
    }
    const before = (await listControllersOf(trx, input.companyId)).find(
      (c) => c.controllerId === input.controllerId && c.basis === input.basis,
    );
    await upsertControlRelation(trx, {
      controllerId: input.controllerId,
      controlledId: input.companyId,
      basis: input.basis,
      detail: input.detail,
      recordedBy: actor.userId,
      at: deps.clock(),
    });
    await recordAudit(trx, deps, {
      actor,
      action: 'company.control.set',
      objectType: 'company',
      objectId: input.companyId,
      summary: {
        controllerId: input.controllerId,
        controllerName: controller.legalName,
        basis: input.basis,
        detail: input.detail,
        before: before ? { detail: before.detail } : null,
      },
    });
    return ok(null);
  });
  return written.ok ? getCompany(deps.db, actor, input.companyId) : written;
};

/** Removes a recorded control relation over a company (404 when there is none). */
export const removeControl = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { companyId: string; controllerId: string; basis: string },
): Promise<Result<CompanyDetail>> => {
  const allowed = await checkMayRecordControl(deps, actor, input.companyId);
  if (!allowed.ok) return allowed;
  const removed = await inTransaction(deps.db, async (trx) => {
    const before = (await listControllersOf(trx, input.companyId)).find(
      (c) => c.controllerId === input.controllerId && c.basis === input.basis,
    );
    if (!before) return notFound('Control relation');
    await deleteControlRelation(trx, { ...input, controlledId: input.companyId });
    await recordAudit(trx, deps, {
      actor,
      action: 'company.control.remove',
      objectType: 'company',
      objectId: input.companyId,
      summary: {
        controllerId: input.controllerId,
        controllerName: (await findCompany(trx, input.controllerId))?.legalName ?? input.controllerId,
        basis: input.basis,
        before: { detail: before.detail },
      },
    });
    return ok(null);
  });
  return removed.ok ? getCompany(deps.db, actor, input.companyId) : removed;
};
