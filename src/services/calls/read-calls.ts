import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { type CallRecord, findCall, listCalls } from '../../db/repos/calls.repo.ts';
import { notFound } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';

/** The calls for proposals, public like the Federal Register notices they come from; the latest closing first. */
export const readCalls = async (deps: ServiceDeps, _actor: Actor | null): Promise<Result<CallRecord[]>> =>
  ok(await listCalls(deps.db));

export const readCall = async (deps: ServiceDeps, _actor: Actor | null, id: string): Promise<Result<CallRecord>> => {
  const call = await findCall(deps.db, id);
  return call ? ok(call) : notFound('Call');
};
