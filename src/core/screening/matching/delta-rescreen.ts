import type { EntityType, ListEntry } from '../lists/list-entry.ts';
import { DEFAULT_MATCH_PARAMS, type MatchParams } from './match-params.ts';
import { type ScreenOptions, screenName } from './screen-name.ts';
import { buildScreeningIndex } from './screening-index.ts';
import type { ScreeningHit } from './types.ts';

export type StoredParty = { id: string; name: string; type?: EntityType; country?: string };

/**
 * Delta re-screening after a list update: indexes only the added or changed entries and runs every
 * stored party against that small index. Returns only the parties with at least one hit.
 */
export const deltaRescreen = (
  parties: StoredParty[],
  changedEntries: ListEntry[],
  options: ScreenOptions & { params?: MatchParams } = {},
): { partyId: string; hits: ScreeningHit[] }[] => {
  if (changedEntries.length === 0) return [];
  const index = buildScreeningIndex(changedEntries, options.params ?? DEFAULT_MATCH_PARAMS);
  const out: { partyId: string; hits: ScreeningHit[] }[] = [];
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
