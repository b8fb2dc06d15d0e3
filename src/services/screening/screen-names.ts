import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import type { EntityType } from '../../core/screening/lists/list-entry.ts';
import { screenName } from '../../core/screening/matching/index.ts';
import { refused } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { withListAges } from './list-ages.ts';
import { requireCurrentIndex } from './require-current-index.ts';
import { originKey } from './screening-index-cache.ts';

export type NameQuery = { name: string; type?: EntityType | undefined; country?: string | undefined };

export type NameHit = {
  list: string;
  listSource: string;
  source: string;
  entryId: string;
  name: string;
  matchedName: string;
  score: number;
  explanation: string;
};

export type ScreenNamesResult = {
  results: { query: string; hits: NameHit[] }[];
  /** the list versions screened against, with their age (days since asOf) and whether older than maxListAgeDays */
  lists: {
    id: string;
    source: string;
    asOf: string;
    importedAt: string;
    ageDays: number;
    stale: boolean;
    contentHash: string;
    entryCount: number;
  }[];
};

/**
 * Screens a batch of names against every current list version (government roles); hits best first. Fail-closed:
 * lists_unavailable when no list version is loaded.
 */
export const screenNames = async (
  deps: Pick<ServiceDeps, 'db' | 'screeningCache' | 'clock'>,
  actor: Actor,
  names: readonly NameQuery[],
): Promise<Result<ScreenNamesResult>> => {
  if (!can(actor, 'screening.screen')) return refused('screening.screen');
  const loaded = await requireCurrentIndex(deps);
  if (!loaded.ok) return loaded;
  const current = loaded.value;
  const results = names.map((query) => ({
    query: query.name,
    hits: screenName(current.index, {
      name: query.name,
      ...(query.type ? { type: query.type } : {}),
      ...(query.country ? { country: query.country } : {}),
    }).map((hit) => ({
      list: hit.list,
      listSource: current.origins.get(originKey(hit))?.source ?? hit.list,
      source: hit.source,
      entryId: hit.entryId,
      name: hit.name,
      matchedName: hit.matchedName,
      score: hit.score,
      explanation: hit.explanation,
    })),
  }));
  return ok({
    results,
    lists: (await withListAges(deps.db, current.versions, deps.clock())).map((v) => ({
      id: v.id,
      source: v.source,
      asOf: v.asOf,
      importedAt: v.importedAt.toISOString(),
      ageDays: v.ageDays,
      stale: v.stale,
      contentHash: v.contentHash,
      entryCount: v.entryCount,
    })),
  });
};
