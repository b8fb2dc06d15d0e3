import type { ListEntry } from '../../core/screening/lists/list-entry.ts';
import { buildScreeningIndex, DEFAULT_MATCH_PARAMS } from '../../core/screening/matching/index.ts';
import { listVersionEntries } from '../../db/repos/list-entries.repo.ts';
import { listListVersions } from '../../db/repos/list-versions.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { type CurrentIndex, type EntryOrigin, originKey } from './screening-index-cache.ts';

/** The index over every current list version, from the cache when the set of current versions is unchanged. */
export const loadCurrentIndex = async (deps: Pick<ServiceDeps, 'db' | 'screeningCache'>): Promise<CurrentIndex> => {
  const versions = await listListVersions(deps.db, { currentOnly: true });
  const key = versions
    .map((v) => v.id)
    .sort()
    .join(',');
  const cached = deps.screeningCache?.get(key);
  if (cached) return cached;
  const entries: ListEntry[] = [];
  const origins = new Map<string, EntryOrigin>();
  for (const version of versions) {
    for (const stored of await listVersionEntries(deps.db, version.id)) {
      entries.push(stored.entry);
      const k = originKey({ ...stored.entry, name: stored.entry.primaryName });
      if (!origins.has(k))
        origins.set(k, { versionId: version.id, source: version.source, fingerprint: stored.fingerprint });
    }
  }
  const built: CurrentIndex = { index: buildScreeningIndex(entries, DEFAULT_MATCH_PARAMS), versions, origins };
  deps.screeningCache?.set(key, built);
  return built;
};
