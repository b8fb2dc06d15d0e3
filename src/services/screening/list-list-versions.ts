import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { type ListVersionRecord, listListVersions } from '../../db/repos/list-versions.repo.ts';
import { refused } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';

/** Every stored list version, current and past, by source then newest first (government roles). */
export const listVersions = async (
  deps: Pick<ServiceDeps, 'db'>,
  actor: Actor,
): Promise<Result<ListVersionRecord[]>> => {
  if (!can(actor, 'lists.read')) return refused('lists.read');
  return ok(await listListVersions(deps.db));
};
