import type { ListEntry } from '../../core/screening/lists/list-entry.ts';
import { DEFAULT_MATCH_PARAMS } from '../../core/screening/matching/index.ts';
import { walkVersionEntries } from '../../db/repos/list-entries.repo.ts';
import { type ListVersionRecord, listListVersions } from '../../db/repos/list-versions.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { buildIndexInSlices, ENTRY_PAGE_ROWS, yieldToEventLoop } from './screen-in-slices.ts';
import { addOrigin, type CurrentIndex, emptyOrigins } from './screening-index-cache.ts';

/**
 * Reads the versions' entries a small page at a time (no long query, which on the embedded database holds the
 * event loop while it runs and its result is read) and builds the index in slices that yield to the event loop.
 */
const buildIndex = async (deps: Pick<ServiceDeps, 'db'>, versions: ListVersionRecord[]): Promise<CurrentIndex> => {
  const entries: ListEntry[] = [];
  const origins = emptyOrigins();
  for (const version of versions) {
    for await (const page of walkVersionEntries(deps.db, version.id, ENTRY_PAGE_ROWS)) {
      for (const stored of page) {
        entries.push(stored.entry);
        addOrigin(origins, version, stored);
      }
      await yieldToEventLoop();
    }
  }
  return { index: await buildIndexInSlices(entries, DEFAULT_MATCH_PARAMS), versions, origins };
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
