import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { diffLists, type ListDiff } from '../../core/screening/lists/list-version.ts';
import { listVersionEntries } from '../../db/repos/list-entries.repo.ts';
import { findListVersion, type ListVersionRecord } from '../../db/repos/list-versions.repo.ts';
import { notFound, refused } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';

export type ListVersionDiff = { from: ListVersionRecord; to: ListVersionRecord } & ListDiff;

/** Added, removed and changed entries going from version `againstId` to version `id` (government roles). */
export const diffListVersions = async (
  deps: Pick<ServiceDeps, 'db' | 'sha256'>,
  actor: Actor,
  input: { id: string; againstId: string },
): Promise<Result<ListVersionDiff>> => {
  if (!can(actor, 'lists.read')) return refused('lists.read');
  const to = await findListVersion(deps.db, input.id);
  const from = await findListVersion(deps.db, input.againstId);
  if (!to || !from) return notFound('List version');
  const before = (await listVersionEntries(deps.db, from.id)).map((item) => item.entry);
  const after = (await listVersionEntries(deps.db, to.id)).map((item) => item.entry);
  return ok({ from, to, ...diffLists(before, after, deps.sha256) });
};
