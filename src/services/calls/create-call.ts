import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import type { CallInput } from '../../core/calls/call.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { type CallRecord, findCall, findCallByReference, insertCall } from '../../db/repos/calls.repo.ts';
import { notFound, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';

/** The program office publishes a call for proposals (audited); its reference is unique. */
export const createCall = async (deps: ServiceDeps, actor: Actor, input: CallInput): Promise<Result<CallRecord>> => {
  if (!can(actor, 'calls.manage')) return refused('calls.manage');
  const id = deps.newId();
  const call = {
    ...input,
    opensAt: new Date(input.opensAt).toISOString(),
    closesAt: new Date(input.closesAt).toISOString(),
  };
  const saved = await inTransaction(deps.db, async (trx) => {
    if (await findCallByReference(trx, call.reference)) {
      return err(
        appError('conflict', `A call with the reference ${call.reference} already exists.`, [
          { path: 'reference', message: 'already used by another call' },
        ]),
      );
    }
    await insertCall(trx, { ...call, id, createdBy: actor.userId, now: deps.clock() });
    await recordAudit(trx, deps, {
      actor,
      action: 'call.create',
      objectType: 'call',
      objectId: id,
      summary: { reference: call.reference, title: call.title, opensAt: call.opensAt, closesAt: call.closesAt },
    });
    return ok(null);
  });
  if (!saved.ok) return saved;
  const record = await findCall(deps.db, id);
  return record ? ok(record) : notFound('Call');
};
