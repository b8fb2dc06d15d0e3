import type { EntityType, ListEntry } from '../lists/list-entry.ts';
import { DEFAULT_MATCH_PARAMS, type MatchParams } from './match-params.ts';
import { type ScreenOptions, screenName } from './screen-name.ts';
import { buildScreeningIndex, type ScreeningIndex } from './screening-index.ts';
import type { ScreeningHit } from './types.ts';

export type StoredParty = { id: string; name: string; type?: EntityType; country?: string };

export type PartyHits = { partyId: string; hits: ScreeningHit[] };

/** The small index of a list change (added or changed entries only), built once and reused for every batch. */
export const buildDeltaIndex = (
  changedEntries: ListEntry[],
  params: MatchParams = DEFAULT_MATCH_PARAMS,
): ScreeningIndex | null => (changedEntries.length === 0 ? null : buildScreeningIndex(changedEntries, params));

/** Screens one batch of stored parties against a delta index; returns only the parties with at least one hit. */
export const rescreenBatch = (
  index: ScreeningIndex | null,
  parties: readonly StoredParty[],
  options: ScreenOptions = {},
): PartyHits[] => {
  if (index === null) return [];
  const out: PartyHits[] = [];
  for (const party of parties) {
    const query = {
      name: party.name,
      ...(party.type ? { type: party.type } : {}),
      ...(party.country ? { country: party.country } : {}),
    };
    const hits = screenName(index, query, options);
    if (hits.length > 0) out.push({ partyId: party.id, hits });
  }
  return out;
};

/**
 * Delta re-screening after a list update: indexes only the added or changed entries and runs every
 * stored party against that small index. Returns only the parties with at least one hit.
 */
export const deltaRescreen = (
  parties: StoredParty[],
  changedEntries: ListEntry[],
  options: ScreenOptions & { params?: MatchParams } = {},
): PartyHits[] => rescreenBatch(buildDeltaIndex(changedEntries, options.params), parties, options);
