import { type Actor, isGovernmentRole } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { type ListVersionRecord, listListVersions } from '../../db/repos/list-versions.repo.ts';
import { forbidden } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';

/** Every stored list version, current and past, by source then newest first (government roles). */
export const listVersions = async (
  deps: Pick<ServiceDeps, 'db'>,
  actor: Actor,
): Promise<Result<ListVersionRecord[]>> => {
  if (!isGovernmentRole(actor.role)) return forbidden('Only government roles read the screening lists.');
  return ok(await listListVersions(deps.db));
};
