import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { groupHits } from '../../core/screening/hit-groups.ts';
import type { EntityType } from '../../core/screening/lists/list-entry.ts';
import { refused } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { withListAges } from './list-ages.ts';
import { requireCurrentIndex } from './require-current-index.ts';
import { screenInSlices } from './screen-in-slices.ts';
import { hitRowsOf } from './screening-index-cache.ts';

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
  /** readable list name, e.g. "Entity List" */
  listName: string;
  programs: string[];
  entryUrl: string | null;
  /** every address of the entity's rows (rows differing only by address are one hit) */
  addresses: string[];
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
    /** the program setting maxListAgeDays in force */
    maxAgeDays: number;
    contentHash: string;
    entryCount: number;
  }[];
};

/**
 * Screens a batch of names against every current list version (government roles); one hit per list entity, best
 * first. Fail-closed: lists_unavailable when no list version is loaded.
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
  // a large batch is screened in slices with yields between them: the event loop is never held for long
  const queries = names.map((query) => ({
    name: query.name,
    ...(query.type ? { type: query.type } : {}),
    ...(query.country ? { country: query.country } : {}),
  }));
  const screened = await screenInSlices(current.index, queries);
  const results = names.map((query, i) => ({
    query: query.name,
    hits: groupHits(hitRowsOf(current.origins, screened[i]!)).map(
      (group): NameHit => ({
        list: group.hit.list,
        listSource: group.best.scope,
        source: group.hit.source,
        entryId: group.entryId,
        name: group.hit.name,
        matchedName: group.hit.matchedName,
        score: group.hit.score,
        explanation: group.hit.explanation,
        listName: group.listName,
        programs: group.programs,
        entryUrl: group.entryUrl,
        addresses: group.addresses,
      }),
    ),
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
      maxAgeDays: v.maxAgeDays,
      contentHash: v.contentHash,
      entryCount: v.entryCount,
    })),
  });
};
