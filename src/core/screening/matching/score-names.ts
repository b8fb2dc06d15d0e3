import type { EntityType } from '../lists/list-entry.ts';
import { compareTokens, type WeightedToken } from './compare-names.ts';
import { DEFAULT_MATCH_PARAMS, type MatchParams } from './match-params.ts';
import { normalizeName } from './normalize.ts';
import { kindWeight } from './token-weights.ts';
import { tokenizeName } from './tokens.ts';
import { hasHanOrHangul } from './transliterate.ts';
import type { NameScore } from './types.ts';

export const weighTokens = (name: string, schema: EntityType, params: MatchParams): WeightedToken[] =>
  tokenizeName(normalizeName(name), schema, { particles: !hasHanOrHangul(name) }).map((token) => ({
    ...token,
    weight: kindWeight(token, params),
  }));

/** Scores two names against each other (no index: token weights come from their kinds only). */
export const scoreNamePair = (
  a: string,
  b: string,
  schema: EntityType = 'unknown',
  params: MatchParams = DEFAULT_MATCH_PARAMS,
): NameScore => compareTokens(weighTokens(a, schema, params), weighTokens(b, schema, params), schema, params);
