import type { EntityType } from '../lists/list-entry.ts';
import { adjustScore, withNotes } from './adjust-score.ts';
import { compareTokens, type WeightedToken } from './compare-names.ts';
import { DEFAULT_MATCH_PARAMS, type MatchParams } from './match-params.ts';
import { normalizeName, vowellessWords } from './normalize.ts';
import { kindWeight } from './token-weights.ts';
import { tokenizeName } from './tokens.ts';
import { hasAbjad, hasHanOrHangul } from './transliterate.ts';
import type { NameScore } from './types.ts';

export const weighTokens = (name: string, schema: EntityType, params: MatchParams): WeightedToken[] => {
  const tokens = tokenizeName(normalizeName(name), schema, {
    particles: !hasHanOrHangul(name),
    vowelless: vowellessWords(name),
  });
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
  // both names share the one schema and no country is given: only the script can adjust the score
  const romanised = hasHanOrHangul(a) !== hasHanOrHangul(b);
  const adjusted = adjustScore(
    result.score,
    { romanised, unvowelled: hasAbjad(a) !== hasAbjad(b), queryType: schema, listedType: schema, listedCountry: null },
    params,
  );
  if (adjusted.notes.length === 0) return result;
  const score = Math.round(adjusted.score * 1000) / 1000;
  return { ...result, score, explanation: withNotes(result.explanation, adjusted.notes) };
};
