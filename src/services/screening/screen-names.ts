import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import type { EntityType } from '../../core/screening/lists/list-entry.ts';
import { refused } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { loadCurrentIndex } from './load-current-index.ts';
import { screenInSlices } from './screen-in-slices.ts';
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
  lists: { id: string; source: string; asOf: string; contentHash: string; entryCount: number }[];
};

/** Screens a batch of names against every current list version (government roles); hits best first. */
export const screenNames = async (
  deps: Pick<ServiceDeps, 'db' | 'screeningCache'>,
  actor: Actor,
  names: readonly NameQuery[],
): Promise<Result<ScreenNamesResult>> => {
  if (!can(actor, 'screening.screen')) return refused('screening.screen');
  const current = await loadCurrentIndex(deps);
  // a large batch is screened in slices with yields between them: the event loop is never held for long
  const queries = names.map((query) => ({
    name: query.name,
    ...(query.type ? { type: query.type } : {}),
    ...(query.country ? { country: query.country } : {}),
  }));
  const screened = await screenInSlices(current.index, queries);
  const results = names.map((query, i) => ({
    query: query.name,
    hits: screened[i]!.map((hit) => ({
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
    lists: current.versions.map((v) => ({
      id: v.id,
      source: v.source,
      asOf: v.asOf,
      contentHash: v.contentHash,
      entryCount: v.entryCount,
    })),
  });
};
