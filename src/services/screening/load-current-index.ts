import type { ListEntry } from '../../core/screening/lists/list-entry.ts';
import { buildScreeningIndex, DEFAULT_MATCH_PARAMS } from '../../core/screening/matching/index.ts';
import { listVersionEntries } from '../../db/repos/list-entries.repo.ts';
import { type ListVersionRecord, listListVersions } from '../../db/repos/list-versions.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { addOrigin, type CurrentIndex, emptyOrigins } from './screening-index-cache.ts';

const buildIndex = async (deps: Pick<ServiceDeps, 'db'>, versions: ListVersionRecord[]): Promise<CurrentIndex> => {
  const entries: ListEntry[] = [];
  const origins = emptyOrigins();
  for (const version of versions) {
    for (const stored of await listVersionEntries(deps.db, version.id)) {
      entries.push(stored.entry);
      addOrigin(origins, version, stored);
    }
  }
  return { index: buildScreeningIndex(entries, DEFAULT_MATCH_PARAMS), versions, origins };
};

/**
 * The index over every current list version. The current versions are read on every call (one small query), so
 * a list imported through another instance is used at the next call; the index is built once per set of current
 * versions, concurrent callers sharing the build in flight (deps.screeningCache; built per call without one).
 */
export const loadCurrentIndex = async (deps: Pick<ServiceDeps, 'db' | 'screeningCache'>): Promise<CurrentIndex> => {
  const versions = await listListVersions(deps.db, { currentOnly: true });
  const key = versions
    .map((v) => v.id)
    .sort()
    .join(',');
  return deps.screeningCache
    ? deps.screeningCache.get(key, () => buildIndex(deps, versions))
    : buildIndex(deps, versions);
};
