import type { WeightedToken } from './compare-names.ts';
import { consonantKey } from './phonetic.ts';
import { deletionsOf, indexableTokens, type ScreeningIndex } from './screening-index.ts';
import { osaSimilarity } from './string-metrics.ts';

type Expansion = { id: number; similarity: number };

/** a skeleton shared by more spellings than this is looked at only in part */
const SKELETON_LIMIT = 64;

/** Vocabulary tokens a query token may stand for: itself, one-edit typos, same skeleton. */
export const expandToken = (index: ScreeningIndex, key: string, text: string = key): Expansion[] => {
  const { vocabulary, vocabularyKeys, spellings, deletions, skeletons, params } = index;
  const found = new Map<number, number>();
  const exact = vocabulary.get(key) ?? spellings.get(text);
  if (exact !== undefined) found.set(exact, 1);
  const consider = (id: number | undefined): void => {
    if (id === undefined || found.has(id)) return;
    const similarity = osaSimilarity(key, vocabularyKeys[id]!);
    const typo = text.length >= 4 ? Math.max(similarity, 1 - 1 / text.length) : similarity;
    if (typo >= params.minTokenSimilarity) found.set(id, typo);
  };
  const considerAll = (ids: number[] | undefined): void => {
    if (ids !== undefined) for (const id of ids) consider(id);
  };
  if (text.length >= 4) {
    considerAll(deletions.get(text));
    for (const deleted of deletionsOf(text)) {
      consider(spellings.get(deleted));
      considerAll(deletions.get(deleted));
    }
  }
  if (key.length >= 3) {
    const ids = skeletons.get(consonantKey(key));
    if (ids !== undefined) {
      for (const id of ids.length > SKELETON_LIMIT ? ids.slice(0, SKELETON_LIMIT) : ids) {
        if (found.has(id)) continue;
        const similarity = osaSimilarity(key, vocabularyKeys[id]!);
        if (similarity >= params.minTokenSimilarity) found.set(id, similarity);
      }
    }
  }
  const expansions = [...found.entries()].map(([id, similarity]) => ({ id, similarity }));
  expansions.sort((a, b) => b.similarity - a.similarity);
  return expansions.slice(0, params.maxExpansions);
};

/** A query word that is two list words run together ("alqaida" → "al" + "qaida"). */
const splitExpansions = (index: ScreeningIndex, key: string): Expansion[] => {
  if (key.length < 5) return [];
  const out: Expansion[] = [];
  for (let cut = 2; cut <= key.length - 2; cut++) {
    const left = index.vocabulary.get(key.slice(0, cut));
    const right = index.vocabulary.get(key.slice(cut));
    if (left !== undefined && right !== undefined)
      out.push({ id: left, similarity: 0.9 }, { id: right, similarity: 0.9 });
  }
  return out;
};

/** Expansions of every indexable query token, computed once per query. */
export const expandQuery = (index: ScreeningIndex, query: WeightedToken[]): Expansion[][] => {
  const tokens = indexableTokens(query);
  const groups = tokens.map((token) => {
    const expansions = expandToken(index, token.key, token.text);
    if (expansions.length === 0 || expansions[0]!.similarity < 1) expansions.push(...splitExpansions(index, token.key));
    return expansions;
  });
  // two query words that one list word runs together ("al qaida" → "alqaida")
  for (let i = 0; i + 1 < query.length; i++) {
    const joined = query[i]!.text + query[i + 1]!.text;
    const id = index.spellings.get(joined) ?? index.vocabulary.get(joined);
    if (id !== undefined) groups.push([{ id, similarity: 1 }]);
  }
  return groups;
};

/**
 * The list names worth scoring for a query: names sharing (fuzzily) its distinctive tokens, ranked by
 * the rarity-weighted evidence they share relative to their length; very common tokens are skipped
 * when rarer ones exist, and fuzzy expansions never pull in a very common token.
 * Uses the index's scratch accumulator (screening is synchronous, so calls never interleave).
 */
export const findCandidates = (index: ScreeningIndex, query: WeightedToken[], groups: Expansion[][]): number[] => {
  const { postings, weights, params, names, scratch } = index;
  const { evidence, touched } = scratch;
  const cap = Math.max(params.commonTokenFloor, names.length * params.commonTokenShare);
  const hasRare = groups.some((group) => group.length > 0 && postings[group[0]!.id]!.length <= cap);
  let count = 0;
  for (const group of groups) {
    for (const { id, similarity } of group) {
      const list = postings[id]!;
      if (list.length > cap && (hasRare || similarity < 1)) continue;
      const gain = similarity * weights[id]!;
      for (const nameId of list) {
        if (evidence[nameId] === 0) {
          if (count === touched.length) continue;
          touched[count++] = nameId;
        }
        evidence[nameId]! += gain;
      }
    }
  }
  const queryNorm = indexableTokens(query).reduce((total, token) => total + token.weight, 0);
  const ranked = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const nameId = touched[k]!;
    ranked[k] = evidence[nameId]! / (queryNorm + names[nameId]!.norm);
  }
  let floor = -1;
  if (count > params.maxCandidates) {
    const sorted = ranked.slice().sort();
    floor = sorted[count - params.maxCandidates]!;
  }
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    const nameId = touched[k]!;
    evidence[nameId] = 0;
    if (ranked[k]! >= floor && out.length < params.maxCandidates) out.push(nameId);
  }
  return out;
};
