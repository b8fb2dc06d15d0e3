import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { loadCurrentIndex } from './load-current-index.ts';
import type { CurrentIndex } from './screening-index-cache.ts';

/** The message of lists_unavailable: what to do to load a list. */
export const LISTS_UNAVAILABLE_MESSAGE =
  'No screening list is loaded, so nothing can be screened (an empty answer would be a false "no hits"). Load one: ' +
  '`aiexports lists import --source csl --format csl PATH` (e.g. the snapshot in data/lists/; with the server ' +
  'stopped, or with DATABASE_URL), `POST /api/v1/lists/import`, `POST /api/v1/lists/{source}/refresh`, or start with demo data ' +
  '(AIEXPORTS_DEMO=true on an empty database imports the snapshots in data/lists/).';

/** The index over the current list versions; lists_unavailable (fail-closed) when no list version is loaded. */
export const requireCurrentIndex = async (
  deps: Pick<ServiceDeps, 'db' | 'screeningCache'>,
): Promise<Result<CurrentIndex>> => {
  const current = await loadCurrentIndex(deps);
  if (current.versions.length === 0) return err(appError('lists_unavailable', LISTS_UNAVAILABLE_MESSAGE));
  return ok(current);
};
