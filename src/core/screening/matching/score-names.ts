import type { EntityType } from '../lists/list-entry.ts';
import { compareTokens, type WeightedToken } from './compare-names.ts';
import { DEFAULT_MATCH_PARAMS, type MatchParams } from './match-params.ts';
import { normalizeName } from './normalize.ts';
import { kindWeight } from './token-weights.ts';
import { tokenizeName } from './tokens.ts';
import { hasHanOrHangul } from './transliterate.ts';
import type { NameScore } from './types.ts';

export const weighTokens = (name: string, schema: EntityType, params: MatchParams): WeightedToken[] => {
  const tokens = tokenizeName(normalizeName(name), schema, { particles: !hasHanOrHangul(name) });
  for (const token of tokens) token.weight = kindWeight(token, params);
  return tokens;
};

/** Scores two names against each other (no index: token weights come from their kinds only). */
export const scoreNamePair = (
  a: string,
  b: string,
  schema: EntityType = 'unknown',
  params: MatchParams = DEFAULT_MATCH_PARAMS,
): NameScore => {
  const result = compareTokens(weighTokens(a, schema, params), weighTokens(b, schema, params), schema, params);
  if (hasHanOrHangul(a) === hasHanOrHangul(b)) return result;
  const score = Math.round(result.score * params.cjkTransliterationFactor * 1000) / 1000;
  return { ...result, score, explanation: `${result.explanation}; romanised from CJK script` };
};
