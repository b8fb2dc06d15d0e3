import type { ListEntry } from '../lists/list-entry.ts';
import type { Expansion } from './candidates.ts';
import type { WeightedToken } from './compare-names.ts';
import { DEFAULT_MATCH_PARAMS, type MatchParams } from './match-params.ts';
import { normalizeName, vowellessWords } from './normalize.ts';
import { abjadSkeleton, consonantKey, joinAbjadWords } from './phonetic.ts';
import { idfWeight, kindWeight } from './token-weights.ts';
import { isVowellessKey, type NameToken, tokenizeName } from './tokens.ts';
import { hasAbjad, hasHanOrHangul, isLatinScript } from './transliterate.ts';

/** One name (primary or alias) of one entry, tokenised and weighed once at build time. */
export type IndexedName = {
  entry: number;
  name: string;
  tokens: WeightedToken[];
  latin: boolean;
  /** written in Arabic or Hebrew script */
  abjad: boolean;
  /** summed weight of the indexed tokens, to rank candidates by shared evidence relative to length */
  norm: number;
};

/** An inverted index of list names: token key → names, plus fuzzy keys → tokens. */
export type ScreeningIndex = {
  params: MatchParams;
  entries: ListEntry[];
  names: IndexedName[];
  /** token key → vocabulary id */
  vocabulary: Map<string, number>;
  vocabularyKeys: string[];
  /** vocabulary id → ids of the names holding it */
  postings: number[][];
  /** spelling of a token as written → vocabulary id of its key */
  spellings: Map<string, number>;
  /** every spelling with one letter deleted → vocabulary ids (symmetric-delete lookup of one-edit typos) */
  deletions: Map<string, number[]>;
  /** consonant skeleton → vocabulary ids (transliteration variants) */
  skeletons: Map<string, number[]>;
  /** `abjadSkeleton` of a Latin spelling → vocabulary ids (what a vowel-less query word may be) */
  abjadLatin: Map<string, number[]>;
  /** skeleton of a vowel-less vocabulary key → its ids (what a Latin query word may be in Arabic or Hebrew script) */
  abjadVowelless: Map<string, number[]>;
  /** vocabulary id → weight from rarity */
  weights: Float64Array;
  /** name id → summed weight of its indexed tokens (dense copy of IndexedName.norm for the hot loop) */
  norms: Float64Array;
  /** reusable per-query accumulator (evidence per name, names touched) and remembered token expansions */
  scratch: {
    evidence: Float64Array;
    touched: Int32Array;
    /** evidence relative to length of each touched name, by position in `touched` */
    ratios: Float64Array;
    expansions: Map<string, readonly Expansion[]>;
  };
};

/** Deletion neighbours of a key (the key itself excluded); short keys have none. */
export const deletionsOf = (key: string): string[] => {
  if (key.length < 4) return [];
  const out = new Set<string>();
  for (let i = 0; i < key.length; i++) out.add(key.slice(0, i) + key.slice(i + 1));
  return [...out];
};

/** The tokens of a name that go into the index: distinctive ones, or all when there are none. */
export const indexableTokens = <T extends NameToken>(tokens: T[]): T[] => {
  const distinctive = tokens.filter((t) => t.kind === 'name' || t.kind === 'number');
  return distinctive.length > 0 ? distinctive : tokens;
};

/**
 * Runs of two or three words of a name, at least one of them romanised from Arabic or Hebrew script,
 * written as one ("abd al rhmn" → "abdarhmn"): Latin spellings often run such words together
 * ("Abderrahmane", "Hidayatullah", "Shamsuddin"). Runs whose joined skeleton is under three letters
 * say too little to look up.
 */
export const joinedAbjadSpellings = (tokens: readonly NameToken[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    for (let span = 2; span <= 3 && i + span <= tokens.length; span++) {
      const run = tokens.slice(i, i + span);
      if (!run.some((t) => isVowellessKey(t.key)) || run.some((t) => t.kind === 'number' || t.kind === 'legal'))
        continue;
      const joined = joinAbjadWords(run.map((t) => t.text));
      if (abjadSkeleton(joined).length >= 3) out.push(joined);
    }
  }
  return out;
};

const pushTo = (map: Map<string, number[]>, key: string, id: number): void => {
  const list = map.get(key);
  if (list === undefined) map.set(key, [id]);
  else if (list[list.length - 1] !== id) list.push(id);
};

/** Units of work (entries, spellings, names) between two pauses of `screeningIndexSteps`. */
const STEP = 256;

/** Builds the index over every primary name and alias of the entries. */
export const buildScreeningIndex = (
  entries: ListEntry[],
  params: MatchParams = DEFAULT_MATCH_PARAMS,
): ScreeningIndex => {
  const steps = screeningIndexSteps(entries, params);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
};

/**
 * `buildScreeningIndex` as steps: the generator pauses after every few hundred units of work and returns the
 * index when done, so a caller can spread a large build over many short slices (a server keeps answering
 * meanwhile). Run to the end, it builds the same index.
 */
export function* screeningIndexSteps(
  entries: ListEntry[],
  params: MatchParams = DEFAULT_MATCH_PARAMS,
): Generator<void, ScreeningIndex, void> {
  const vocabulary = new Map<string, number>();
  const vocabularyKeys: string[] = [];
  const postings: number[][] = [];
  const spellings = new Map<string, number>();
  const names: IndexedName[] = [];
  const seen = new Set<string>();
  for (const [entryNumber, entry] of entries.entries()) {
    if (entryNumber % STEP === STEP - 1) yield;
    seen.clear();
    for (const name of [entry.primaryName, ...entry.aliases]) {
      const normalized = normalizeName(name);
      if (normalized.length === 0 || seen.has(normalized)) continue;
      seen.add(normalized);
      const tokens = tokenizeName(normalized, entry.type, {
        particles: !hasHanOrHangul(name),
        vowelless: vowellessWords(name),
      });
      const nameId = names.length;
      names.push({ entry: entryNumber, name, tokens, latin: isLatinScript(name), abjad: hasAbjad(name), norm: 0 });
      for (const token of indexableTokens(tokens)) {
        let id = vocabulary.get(token.key);
        if (id === undefined) {
          id = vocabularyKeys.length;
          vocabulary.set(token.key, id);
          vocabularyKeys.push(token.key);
          postings.push([]);
        }
        const list = postings[id]!;
        if (list[list.length - 1] !== nameId) list.push(nameId);
        spellings.set(token.text, id);
      }
      // a Latin query may run this name's Arabic-script words together: their joined skeleton is a key too
      if (names[nameId]!.abjad) {
        for (const joined of joinedAbjadSpellings(tokens)) {
          const key = `#${abjadSkeleton(joined)}`;
          let id = vocabulary.get(key);
          if (id === undefined) {
            id = vocabularyKeys.length;
            vocabulary.set(key, id);
            vocabularyKeys.push(key);
            postings.push([]);
          }
          const list = postings[id]!;
          if (list[list.length - 1] !== nameId) list.push(nameId);
          if (!spellings.has(joined)) spellings.set(joined, id);
        }
      }
    }
  }
  const deletions = new Map<string, number[]>();
  const skeletons = new Map<string, number[]>();
  const abjadLatin = new Map<string, number[]>();
  const abjadVowelless = new Map<string, number[]>();
  let work = 0;
  for (const [spelling, id] of spellings) {
    if (++work % STEP === 0) yield;
    const key = vocabularyKeys[id]!;
    if (isVowellessKey(key)) pushTo(abjadVowelless, key.slice(1), id);
    else pushTo(abjadLatin, abjadSkeleton(spelling), id);
  }
  for (const [spelling, id] of spellings) {
    if (++work % STEP === 0) yield;
    // vowel-less spellings are reached through their skeleton, never as one-edit typos
    if (isVowellessKey(vocabularyKeys[id]!)) continue;
    for (const deleted of deletionsOf(spelling)) pushTo(deletions, deleted, id);
  }
  for (const [id, key] of vocabularyKeys.entries()) {
    if (id % STEP === STEP - 1) yield;
    if (key.length >= 3 && !isVowellessKey(key)) pushTo(skeletons, consonantKey(key), id);
  }
  const total = names.length;
  let idfSum = 0;
  let occurrences = 0;
  for (const list of postings) {
    idfSum += Math.log(1 + total / (1 + list.length)) * list.length;
    occurrences += list.length;
  }
  const typicalIdf = occurrences > 0 ? idfSum / occurrences : 1;
  const weights = new Float64Array(postings.length);
  for (const [id, list] of postings.entries()) {
    if (id % (STEP * 16) === 0) yield;
    weights[id] = idfWeight(list.length, total, typicalIdf, params);
  }
  for (const name of names) {
    if (++work % STEP === 0) yield;
    // weights are set in place: the tokens were created for this index and are not shared
    for (const token of name.tokens) token.weight = tokenWeight(token, vocabulary, weights, params);
    name.norm = indexableTokens(name.tokens).reduce((total, token) => total + token.weight, 0);
  }
  const scratch = {
    evidence: new Float64Array(names.length),
    touched: new Int32Array(Math.min(names.length, 200_000)),
    ratios: new Float64Array(Math.min(names.length, 200_000)),
    expansions: new Map<string, readonly Expansion[]>(),
  };
  const norms = Float64Array.from(names, (name) => name.norm);
  return {
    params,
    entries,
    names,
    norms,
    vocabulary,
    vocabularyKeys,
    postings,
    spellings,
    deletions,
    skeletons,
    abjadLatin,
    abjadVowelless,
    weights,
    scratch,
  };
}

/** A token's weight: its kind's weight, times its rarity when the index knows the token. */
export const tokenWeight = (
  token: NameToken,
  vocabulary: Map<string, number>,
  weights: Float64Array,
  params: MatchParams,
): number => {
  if (token.kind !== 'name') return kindWeight(token, params);
  const id = vocabulary.get(token.key);
  return id === undefined ? 1 : weights[id]!;
};
