import type { EntityType, ListFormat } from '../lists/list-entry.ts';

/** How one token of the query met the list name. */
export type TokenMatchKind = 'exact' | 'fuzzy' | 'initial' | 'joined' | 'legal-form' | 'missing' | 'extra' | 'conflict';

export type TokenMatch = {
  kind: TokenMatchKind;
  /** token of the query side ('' when absent) */
  query: string;
  /** token of the list side ('' when absent) */
  candidate: string;
  similarity: number;
};

export type ScreeningQuery = { name: string; type?: EntityType; country?: string };

export type ScreeningHit = {
  list: ListFormat;
  source: string;
  entryId: string;
  /** the entry's primary name */
  name: string;
  /** the alias or name that matched */
  matchedName: string;
  score: number;
  /** short human-readable account of which tokens matched how */
  explanation: string;
  /** the same, structured */
  tokens: TokenMatch[];
};

export type NameScore = { score: number; explanation: string; tokens: TokenMatch[] };
