import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { checkExtension, type ExtendCallInput } from '../../core/calls/call.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { type CallRecord, findCall, updateCallClosesAt } from '../../db/repos/calls.repo.ts';
import { notFound, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';

/** The program office moves a call's closing time later, with a reason; the old and new times are audited. */
export const extendCall = async (
  deps: ServiceDeps,
  actor: Actor,
  input: ExtendCallInput & { callId: string },
): Promise<Result<CallRecord>> => {
  if (!can(actor, 'calls.manage')) return refused('calls.manage');
  const saved = await inTransaction(deps.db, async (trx) => {
    const call = await findCall(trx, input.callId, { forUpdate: true });
    if (!call) return notFound('Call');
    const extended = checkExtension(call, input);
    if (!extended.ok) return extended;
    await updateCallClosesAt(trx, call.id, { closesAt: extended.value.closesAt, now: deps.clock() });
    await recordAudit(trx, deps, {
      actor,
      action: 'call.extend',
      objectType: 'call',
      objectId: call.id,
      summary: { reference: call.reference, from: call.closesAt, to: extended.value.closesAt, reason: input.reason },
    });
    return ok(null);
  });
  if (!saved.ok) return saved;
  const record = await findCall(deps.db, input.callId);
  return record ? ok(record) : notFound('Call');
};
