import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { listListVersions } from '../../db/repos/list-versions.repo.ts';
import { refused } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { type AgedListVersion, withListAges } from './list-ages.ts';

/**
 * Every stored list version, current and past, by source then newest first, each with its age (days since its
 * asOf) and whether it is older than the program setting maxListAgeDays (government roles).
 */
export const listVersions = async (
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  actor: Actor,
): Promise<Result<AgedListVersion[]>> => {
  if (!can(actor, 'lists.read')) return refused('lists.read');
  return ok(await withListAges(deps.db, await listListVersions(deps.db), deps.clock()));
};
