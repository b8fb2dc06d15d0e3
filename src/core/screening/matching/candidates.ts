import type { WeightedToken } from './compare-names.ts';
import { abjadSkeleton, consonantKey } from './phonetic.ts';
import { deletionsOf, indexableTokens, joinedAbjadSpellings, type ScreeningIndex } from './screening-index.ts';
import { osaSimilarity } from './string-metrics.ts';
import { isVowellessKey } from './tokens.ts';

export type Expansion = { id: number; similarity: number };

/** a skeleton shared by more spellings than this is looked at only in part */
const SKELETON_LIMIT = 16;

/** names tied with the last candidate kept may add up to this many times maxCandidates */
const TIE_CAP_FACTOR = 6;

/** a query romanised from Arabic or Hebrew script has this many times maxCandidates scored */
const VOWELLESS_CANDIDATE_FACTOR = 2;

/** Most query words repeat (given names, company words): their expansions are remembered per index. */
const CACHE_LIMIT = 50_000;

/** Vocabulary tokens a query token may stand for: itself, one-edit typos, same skeleton (cached, read-only). */
export const expandToken = (index: ScreeningIndex, key: string, text: string = key): readonly Expansion[] => {
  const cache = index.scratch.expansions;
  const cacheKey = key === text ? key : `${key}\u0000${text}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const expansions = computeExpansions(index, key, text);
  cache.set(cacheKey, expansions);
  return expansions;
};

/** Keeps vocabulary word `id` as a one-edit typo of the query word when it is alike enough. */
const consider = (index: ScreeningIndex, found: Map<number, number>, key: string, text: string, id: number): void => {
  if (found.has(id)) return;
  const { params } = index;
  const similarity = osaSimilarity(key, index.vocabularyKeys[id]!, params.minTokenSimilarity);
  const typo = text.length >= 4 ? Math.max(similarity, 1 - 1 / text.length) : similarity;
  if (typo >= params.minTokenSimilarity) found.set(id, typo);
};

const considerAll = (
  index: ScreeningIndex,
  found: Map<number, number>,
  key: string,
  text: string,
  ids: number[] | undefined,
): void => {
  if (ids !== undefined) for (const id of ids) consider(index, found, key, text, id);
};

const computeExpansions = (index: ScreeningIndex, key: string, text: string): Expansion[] => {
  const { vocabulary, vocabularyKeys, spellings, deletions, skeletons, params } = index;
  const found = new Map<number, number>();
  const vowelless = isVowellessKey(key);
  const exact = vocabulary.get(key) ?? spellings.get(text);
  if (exact !== undefined) found.set(exact, 1);
  if (text.length >= 4 && !vowelless) {
    considerAll(index, found, key, text, deletions.get(text));
    // a word the lists know is looked up as a typo only through its skeleton, not all its deletions
    for (const deleted of exact === undefined ? deletionsOf(text) : []) {
      const id = spellings.get(deleted);
      if (id !== undefined) consider(index, found, key, text, id);
      considerAll(index, found, key, text, deletions.get(deleted));
    }
  }
  if (key.length >= 4 && !vowelless) {
    const ids = skeletons.get(consonantKey(key));
    if (ids !== undefined) {
      for (const id of ids.length > SKELETON_LIMIT ? ids.slice(0, SKELETON_LIMIT) : ids) {
        if (found.has(id)) continue;
        const similarity = osaSimilarity(key, vocabularyKeys[id]!, params.minTokenSimilarity);
        if (similarity >= params.minTokenSimilarity) found.set(id, similarity);
      }
    }
  }
  // across scripts without short vowels: words whose skeletons are equal (a vowel-less query word may be
  // any spelling of its skeleton; a Latin word may be any vowel-less list word of its skeleton)
  const skeleton = vowelless ? key.slice(1) : abjadSkeleton(text);
  const abjadIds =
    skeleton.length >= 2 ? (vowelless ? index.abjadLatin : index.abjadVowelless).get(skeleton) : undefined;
  if (abjadIds !== undefined) {
    // equal skeletons: strong evidence from three consonants, weaker from two
    const similarity = skeleton.length >= 3 ? params.vowellessSimilarity : params.shortSkeletonSimilarity;
    const limit = SKELETON_LIMIT * 4;
    for (const id of abjadIds.length > limit ? abjadIds.slice(0, limit) : abjadIds) {
      if (!found.has(id)) found.set(id, similarity);
    }
  }
  const expansions = [...found.entries()].map(([id, similarity]) => ({ id, similarity }));
  expansions.sort((a, b) => b.similarity - a.similarity);
  return expansions.slice(0, vowelless ? SKELETON_LIMIT * 4 : params.maxExpansions);
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

/**
 * A query word's expansions (`expandToken`), followed by the two list words it may run together when it
 * has no exact match; remembered with the expansions (both depend only on the index and the word).
 */
const expandWord = (index: ScreeningIndex, key: string, text: string): readonly Expansion[] => {
  const cache = index.scratch.expansions;
  const cacheKey = `\u0001${key}\u0000${text}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  const expansions = expandToken(index, key, text);
  const group =
    expansions.length > 0 && expansions[0]!.similarity === 1
      ? expansions
      : [...expansions, ...splitExpansions(index, key)];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cacheKey, group);
  return group;
};

/** Expansions of every indexable query token, computed once per query. */
export const expandQuery = (index: ScreeningIndex, query: WeightedToken[]): (readonly Expansion[])[] => {
  const tokens = indexableTokens(query);
  const groups = tokens.map((token) => expandWord(index, token.key, token.text));
  // two query words that one list word runs together ("al qaida" → "alqaida")
  for (let i = 0; i + 1 < query.length; i++) {
    const joined = query[i]!.text + query[i + 1]!.text;
    const id = index.spellings.get(joined) ?? index.vocabulary.get(joined);
    if (id !== undefined) groups.push([{ id, similarity: 1 }]);
  }
  // Arabic-script words a Latin spelling runs together ("abd al rhmn" → "Abderrahmane", "hdayt allah" →
  // "Hidayatullah"): looked up by the skeleton of the joined words; only for names romanised from Arabic
  if (query.some((token) => isVowellessKey(token.key))) {
    for (const joined of joinedAbjadSpellings(query)) {
      const ids = index.abjadLatin.get(abjadSkeleton(joined));
      if (ids === undefined) continue;
      const similarity = index.params.vowellessSimilarity;
      groups.push((ids.length > SKELETON_LIMIT ? ids.slice(0, SKELETON_LIMIT) : ids).map((id) => ({ id, similarity })));
    }
  }
  return groups;
};

/**
 * The list names worth scoring for a query: names sharing (fuzzily) its distinctive tokens, ranked by
 * the rarity-weighted evidence they share relative to their length; very common tokens are skipped
 * when rarer ones exist, and fuzzy expansions never pull in a very common token.
 * Uses the index's scratch accumulator (screening is synchronous, so calls never interleave).
 */
export const findCandidates = (
  index: ScreeningIndex,
  query: WeightedToken[],
  groups: (readonly Expansion[])[],
): number[] => {
  const { postings, weights, params, names, norms, scratch } = index;
  const { evidence, touched, ratios } = scratch;
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
  // keep the best maxCandidates by evidence relative to length, in one pass (no sort of everything)
  // a name romanised from Arabic or Hebrew script is known by its consonants only, so more list names
  // share its evidence equally: more of them are scored
  const limit = query.some((token) => isVowellessKey(token.key))
    ? params.maxCandidates * VOWELLESS_CANDIDATE_FACTOR
    : params.maxCandidates;
  const topIds: number[] = [];
  const topRatios: number[] = [];
  for (let k = 0; k < count; k++) {
    const nameId = touched[k]!;
    const ratio = evidence[nameId]! / (queryNorm + norms[nameId]!);
    ratios[k] = ratio;
    evidence[nameId] = 0;
    if (topIds.length === limit && ratio <= topRatios[limit - 1]!) continue;
    let at = topIds.length === limit ? limit - 1 : topIds.length;
    while (at > 0 && topRatios[at - 1]! < ratio) {
      topRatios[at] = topRatios[at - 1]!;
      topIds[at] = topIds[at - 1]!;
      at--;
    }
    topRatios[at] = ratio;
    topIds[at] = nameId;
  }
  // names tying the weakest kept one (the same name listed by many entries) all go through, within a cap
  if (topIds.length === limit) {
    const last = topRatios[limit - 1]!;
    const kept = new Set(topIds);
    for (let k = 0; k < count && topIds.length < limit * TIE_CAP_FACTOR; k++) {
      if (ratios[k]! >= last && !kept.has(touched[k]!)) topIds.push(touched[k]!);
    }
  }
  return topIds;
};
