import type { EntityType } from '../lists/list-entry.ts';
import { expandQuery, findCandidates } from './candidates.ts';
import { compareTokens, type WeightedToken } from './compare-names.ts';
import { normalizeName } from './normalize.ts';
import { indexableTokens, type ScreeningIndex } from './screening-index.ts';
import { kindWeight } from './token-weights.ts';
import { tokenizeName } from './tokens.ts';
import { hasHanOrHangul, isLatinScript } from './transliterate.ts';
import type { ScreeningHit, ScreeningQuery } from './types.ts';

export type ScreenOptions = { limit?: number; threshold?: number };

/** Weighs the query's tokens by the index's rarity; an unknown word weighs as its nearest list word. */
const weighQuery = (index: ScreeningIndex, name: string, type: EntityType): WeightedToken[] =>
  tokenizeName(normalizeName(name), type, { particles: !hasHanOrHangul(name) }).map((token) => {
    if (token.kind !== 'name') return { ...token, weight: kindWeight(token, index.params) };
    const id = index.vocabulary.get(token.key);
    return { ...token, weight: id === undefined ? 1 : index.weights[id]! };
  });

/** An unknown word weighs as the nearest list word it expanded to. */
const reweighUnknown = (index: ScreeningIndex, tokens: WeightedToken[], groups: { id: number }[][]): void => {
  indexableTokens(tokens).forEach((token, i) => {
    const nearest = groups[i]?.[0];
    if (token.kind === 'name' && !index.vocabulary.has(token.key) && nearest !== undefined) {
      token.weight = index.weights[nearest.id]!;
    }
  });
};

type Best = { nameId: number; score: number; explanation: string; tokens: ScreeningHit['tokens'] };

/**
 * Screens one name against the index: candidates from the index, each scored in full, the best name
 * of each entry kept (a Latin alias wins a near-tie for a Latin query), best entries first.
 */
export const screenName = (
  index: ScreeningIndex,
  query: ScreeningQuery,
  options: ScreenOptions = {},
): ScreeningHit[] => {
  const { params, names, entries } = index;
  const threshold = options.threshold ?? params.threshold;
  const limit = options.limit ?? 10;
  const type = query.type ?? 'unknown';
  const tokens = weighQuery(index, query.name, type);
  if (tokens.length === 0) return [];
  const latinQuery = isLatinScript(query.name);
  const country = query.country?.trim().toUpperCase();
  const best = new Map<number, Best>();
  const groups = expandQuery(index, tokens);
  reweighUnknown(index, tokens, groups);
  for (const nameId of findCandidates(index, tokens, groups)) {
    const candidate = names[nameId]!;
    const entry = entries[candidate.entry]!;
    const schema = type !== 'unknown' ? type : entry.type;
    const result = compareTokens(tokens, candidate.tokens, schema, params);
    let score = result.score;
    let explanation = result.explanation;
    if (type !== 'unknown' && entry.type !== 'unknown' && entry.type !== type) {
      score *= params.typeMismatchFactor;
      explanation += `; type ${type} vs listed ${entry.type}`;
    }
    if (country && entry.countries.includes(country)) {
      score = Math.min(1, score + params.countryBonus);
      explanation += `; country ${country} listed`;
    }
    const previous = best.get(candidate.entry);
    const margin = latinQuery ? params.scriptTieMargin : 0;
    const better =
      previous === undefined ||
      score > previous.score + (latinQuery && !candidate.latin && names[previous.nameId]!.latin ? margin : 0) ||
      (latinQuery && candidate.latin && !names[previous.nameId]!.latin && score >= previous.score - margin);
    if (better) best.set(candidate.entry, { nameId, score, explanation, tokens: result.tokens });
  }
  const hits: ScreeningHit[] = [];
  for (const [entryNumber, found] of best) {
    if (found.score < threshold) continue;
    const entry = entries[entryNumber]!;
    hits.push({
      list: entry.list,
      source: entry.source,
      entryId: entry.entryId,
      name: entry.primaryName,
      matchedName: names[found.nameId]!.name,
      score: Math.round(found.score * 1000) / 1000,
      explanation: found.explanation,
      tokens: found.tokens,
    });
  }
  hits.sort((a, b) => b.score - a.score || a.entryId.localeCompare(b.entryId));
  return hits.slice(0, limit);
};
