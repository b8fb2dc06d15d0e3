import type { EntityType } from '../lists/list-entry.ts';
import { adjustScore, type ScoreContext, withNotes } from './adjust-score.ts';
import { expandQuery, findCandidates } from './candidates.ts';
import { compareTokens, type WeightedToken } from './compare-names.ts';
import { normalizeName, vowellessWords } from './normalize.ts';
import { indexableTokens, type ScreeningIndex } from './screening-index.ts';
import { kindWeight } from './token-weights.ts';
import { tokenizeName } from './tokens.ts';
import { hasAbjad, hasHanOrHangul, isLatinScript } from './transliterate.ts';
import type { ScreeningHit, ScreeningQuery } from './types.ts';

export type ScreenOptions = { limit?: number; threshold?: number };

/** Weighs the query's tokens by the index's rarity; an unknown word weighs as its nearest list word. */
const weighQuery = (index: ScreeningIndex, name: string, type: EntityType): WeightedToken[] => {
  const tokens = tokenizeName(normalizeName(name), type, {
    particles: !hasHanOrHangul(name),
    vowelless: vowellessWords(name),
  });
  for (const token of tokens) {
    const id = token.kind === 'name' ? index.vocabulary.get(token.key) : undefined;
    token.weight = token.kind !== 'name' ? kindWeight(token, index.params) : id === undefined ? 1 : index.weights[id]!;
  }
  return tokens;
};

/** An unknown word weighs as the nearest list word it expanded to. */
const reweighUnknown = (
  index: ScreeningIndex,
  tokens: WeightedToken[],
  groups: (readonly { id: number }[])[],
): void => {
  indexableTokens(tokens).forEach((token, i) => {
    const nearest = groups[i]?.[0];
    if (token.kind === 'name' && !index.vocabulary.has(token.key) && nearest !== undefined) {
      token.weight = index.weights[nearest.id]!;
    }
  });
};

/**
 * Whether a name scoring `score` (`latin`: written in Latin script) reports an entry's match instead of
 * the name kept so far. For a Latin query, a Latin name wins over another script when it passes the
 * threshold or comes within the tie margin; otherwise the higher score wins.
 */
const beats = (
  latinQuery: boolean,
  threshold: number,
  margin: number,
  score: number,
  latin: boolean,
  previousScore: number,
  previousLatin: boolean,
): boolean => {
  if (latinQuery && latin !== previousLatin) {
    const [latinScore, otherScore] = latin ? [score, previousScore] : [previousScore, score];
    const latinWins = latinScore >= threshold || latinScore >= otherScore - margin;
    return latin ? latinWins : !latinWins;
  }
  return score - previousScore > 0;
};

/** What the score of a query against one listed name is adjusted for, besides the names themselves. */
const contextOf = (
  query: { cjk: boolean; abjad: boolean; type: EntityType; country: string | undefined },
  entry: { type: EntityType; countries: readonly string[] },
  listed: { name: string; abjad: boolean },
): ScoreContext => ({
  romanised: query.cjk && !hasHanOrHangul(listed.name),
  unvowelled: query.abjad !== listed.abjad,
  queryType: query.type,
  listedType: entry.type,
  listedCountry: query.country && entry.countries.includes(query.country) ? query.country : null,
});

type Best = { nameId: number; score: number };

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
  const about = {
    cjk: hasHanOrHangul(query.name),
    abjad: hasAbjad(query.name),
    type,
    country: query.country?.trim().toUpperCase(),
  };
  const best = new Map<number, Best>();
  const groups = expandQuery(index, tokens);
  reweighUnknown(index, tokens, groups);
  for (const nameId of findCandidates(index, tokens, groups)) {
    const candidate = names[nameId]!;
    const entry = entries[candidate.entry]!;
    const schema = type !== 'unknown' ? type : entry.type;
    const raw = compareTokens(tokens, candidate.tokens, schema, params, { explain: false }).score;
    const { score } = adjustScore(raw, contextOf(about, entry, candidate), params);
    const previous = best.get(candidate.entry);
    if (previous === undefined) best.set(candidate.entry, { nameId, score });
    else if (
      beats(
        latinQuery,
        threshold,
        params.scriptTieMargin,
        score,
        candidate.latin,
        previous.score,
        names[previous.nameId]!.latin,
      )
    ) {
      previous.nameId = nameId;
      previous.score = score;
    }
  }
  const hits: ScreeningHit[] = [];
  for (const [entryNumber, found] of best) {
    if (found.score < threshold) continue;
    const entry = entries[entryNumber]!;
    const candidate = names[found.nameId]!;
    // explained only for the hits reported: the same comparison and adjustment, with their account kept
    const schema = type !== 'unknown' ? type : entry.type;
    const result = compareTokens(tokens, candidate.tokens, schema, params);
    const adjusted = adjustScore(result.score, contextOf(about, entry, candidate), params);
    hits.push({
      list: entry.list,
      source: entry.source,
      entryId: entry.entryId,
      name: entry.primaryName,
      matchedName: candidate.name,
      score: Math.round(adjusted.score * 1000) / 1000,
      explanation: withNotes(result.explanation, adjusted.notes),
      tokens: result.tokens,
    });
  }
  hits.sort((a, b) => b.score - a.score || a.entryId.localeCompare(b.entryId));
  return hits.slice(0, limit);
};
