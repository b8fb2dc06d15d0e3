import type { EntityType } from '../lists/list-entry.ts';
import type { MatchParams } from './match-params.ts';
import { joinedSimilarityAt, tokenSimilarity } from './token-similarity.ts';
import { isVowellessKey, type NameToken } from './tokens.ts';
import type { NameScore, TokenMatch } from './types.ts';

/** A token with the weight of its evidence (kind, and rarity when an index knows it). */
export type WeightedToken = NameToken;

/** A pairing of contiguous token ranges: `query` .. `query + querySpan - 1` with `candidate` .. likewise. */
type Option = {
  query: number;
  querySpan: number;
  candidate: number;
  candidateSpan: number;
  similarity: number;
  joined: boolean;
};

/**
 * Cleared flags, one per token, from four reused buffers (comparison runs for every candidate of every query, and
 * is never re-entered): exact matches of query and candidate words, then words used by the pairing.
 */
const FLAG_BUFFER = 64;
const flagBuffers = [0, 1, 2, 3].map(() => new Uint8Array(FLAG_BUFFER));
const flags = (buffer: number, length: number): Uint8Array => {
  if (length > FLAG_BUFFER) return new Uint8Array(length);
  const flagsOf = flagBuffers[buffer]!;
  flagsOf.fill(0, 0, length);
  return flagsOf;
};

const round = (value: number): number => Math.round(value * 1000) / 1000;

const anyVowelless = (tokens: readonly WeightedToken[]): boolean => {
  for (const token of tokens) if (isVowellessKey(token.key)) return true;
  return false;
};

/**
 * Pairings of one word of `single` (not matched exactly) with a run of two or three words of `several`
 * whose joined length is close to its own; `swap` when `single` is the candidate side.
 */
const addJoinedOptions = (
  options: Option[],
  single: readonly WeightedToken[],
  several: readonly WeightedToken[],
  swap: boolean,
  exact: Uint8Array,
  vowelless: boolean,
  params: MatchParams,
): void => {
  for (let i = 0; i < single.length; i++) {
    const length = single[i]!.text.length;
    if (exact[i] || length < 4 || single[i]!.kind !== 'name') continue;
    const slack = vowelless ? Math.max(2, length >> 1) : 2;
    for (let span = 2; span <= 3; span++) {
      for (let j = 0; j + span <= several.length; j++) {
        let joinedLength = 0;
        let number = false;
        for (let k = j; k < j + span; k++) {
          joinedLength += several[k]!.text.length;
          if (several[k]!.kind === 'number') number = true;
        }
        if (Math.abs(joinedLength - length) > slack || number) continue;
        const similarity = joinedSimilarityAt(single[i]!, several, j, span, params);
        if (similarity === 0) continue;
        options.push(
          swap
            ? { query: j, querySpan: span, candidate: i, candidateSpan: 1, similarity, joined: true }
            : { query: i, querySpan: 1, candidate: j, candidateSpan: span, similarity, joined: true },
        );
      }
    }
  }
};

const collectOptions = (query: WeightedToken[], candidate: WeightedToken[], params: MatchParams): Option[] => {
  const options: Option[] = [];
  const exactQuery = flags(0, query.length);
  const exactCandidate = flags(1, candidate.length);
  for (let i = 0; i < query.length; i++) {
    for (let j = 0; j < candidate.length; j++) {
      const similarity = tokenSimilarity(query[i]!, candidate[j]!, params);
      if (similarity > 0)
        options.push({ query: i, querySpan: 1, candidate: j, candidateSpan: 1, similarity, joined: false });
      if (similarity === 1) {
        exactQuery[i] = 1;
        exactCandidate[j] = 1;
      }
    }
  }
  // words romanised from scripts without short vowels are shorter than their Latin spellings
  const vowelless = anyVowelless(query) || anyVowelless(candidate);
  addJoinedOptions(options, query, candidate, false, exactQuery, vowelless, params);
  addJoinedOptions(options, candidate, query, true, exactCandidate, vowelless, params);
  // best similarity first; among equals, the pairing that covers more weight
  return options.sort(
    (a, b) => b.similarity - a.similarity || b.querySpan + b.candidateSpan - (a.querySpan + a.candidateSpan),
  );
};

/** Summed weight of the tokens not marked used. */
const unusedWeight = (tokens: readonly WeightedToken[], used: Uint8Array): number => {
  let total = 0;
  for (let k = 0; k < tokens.length; k++) if (!used[k]) total += tokens[k]!.weight;
  return total;
};

/** How many distinctive (name) words a name has. */
const nameWords = (tokens: readonly WeightedToken[]): number => {
  let n = 0;
  for (const token of tokens) if (token.kind === 'name') n++;
  return n;
};

const anyNameWord = (tokens: readonly WeightedToken[]): boolean => {
  for (const token of tokens) if (token.kind === 'name') return true;
  return false;
};

const spanWeight = (tokens: WeightedToken[], start: number, span: number): number => {
  let total = 0;
  for (let k = start; k < start + span; k++) total += tokens[k]!.weight;
  return total;
};

const spanFree = (used: Uint8Array, start: number, span: number): boolean => {
  for (let k = start; k < start + span; k++) if (used[k]) return false;
  return true;
};

const spanText = (tokens: WeightedToken[], start: number, span: number): string =>
  tokens
    .slice(start, start + span)
    .map((t) => t.text)
    .join('+');

/** Describes the token matches in a short line: `almaz=almaz, sergi~sergei 0.83, +telecom (query only)`. */
export const describeMatches = (matches: TokenMatch[]): string =>
  matches
    .map((m) => {
      switch (m.kind) {
        case 'exact':
          return `${m.query}=${m.candidate}`;
        case 'fuzzy':
          return `${m.query}~${m.candidate} ${m.similarity.toFixed(2)}`;
        case 'initial':
          return `${m.query}=${m.candidate} (initial)`;
        case 'joined':
          return `${m.query}=${m.candidate} (joined)`;
        case 'legal-form':
          return `${m.query}=${m.candidate} (legal form)`;
        case 'extra':
          return m.query ? `+${m.query} (query only)` : `+${m.candidate} (list only)`;
        default:
          return m.query ? `${m.query} (no match)` : `${m.candidate} (no match)`;
      }
    })
    .join(', ');

/**
 * Scores two tokenised names: tokens are paired greedily best-first (any order, joined and split
 * words allowed), then matched weight is set against conflicting weight (tokens both sides have but
 * that differ) and extra weight (tokens only one side has, cheaper for persons' middle names).
 */
export const compareTokens = (
  query: WeightedToken[],
  candidate: WeightedToken[],
  schema: EntityType,
  params: MatchParams,
  options: { explain?: boolean } = {},
): NameScore => {
  if (query.length === 0 || candidate.length === 0) return { score: 0, explanation: 'empty name', tokens: [] };
  const explain = options.explain ?? true;
  const usedQuery = flags(2, query.length);
  const usedCandidate = flags(3, candidate.length);
  const matches: TokenMatch[] = [];
  let matched = 0;
  let conflict = 0;
  let distinctive = false;
  let extraQuery = 0;
  let extraCandidate = 0;
  for (const option of collectOptions(query, candidate, params)) {
    if (!spanFree(usedQuery, option.query, option.querySpan)) continue;
    if (!spanFree(usedCandidate, option.candidate, option.candidateSpan)) continue;
    usedQuery.fill(1, option.query, option.query + option.querySpan);
    usedCandidate.fill(1, option.candidate, option.candidate + option.candidateSpan);
    const queryWeight = spanWeight(query, option.query, option.querySpan);
    const candidateWeight = spanWeight(candidate, option.candidate, option.candidateSpan);
    const first = query[option.query]!;
    const other = candidate[option.candidate]!;
    // an initial only vouches for its own weight; the rest of the full word it stands for is extra
    const initialOnly = !option.joined && (first.kind === 'initial') !== (other.kind === 'initial');
    const weight = initialOnly ? Math.min(queryWeight, candidateWeight) : (queryWeight + candidateWeight) / 2;
    if (initialOnly && first.kind === 'initial') extraCandidate += candidateWeight - weight;
    else if (initialOnly) extraQuery += queryWeight - weight;
    matched += weight * option.similarity;
    conflict += weight * (1 - option.similarity);
    if (option.joined || (first.kind === 'name' && other.kind === 'name')) distinctive = true;
    if (!explain) continue;
    const kind = option.joined
      ? 'joined'
      : first.kind === 'legal'
        ? 'legal-form'
        : first.kind === 'initial' || other.kind === 'initial'
          ? first.kind === other.kind
            ? 'exact'
            : 'initial'
          : option.similarity === 1
            ? 'exact'
            : 'fuzzy';
    matches.push({
      kind,
      query: spanText(query, option.query, option.querySpan),
      candidate: spanText(candidate, option.candidate, option.candidateSpan),
      similarity: round(option.similarity),
    });
  }
  const restQuery = unusedWeight(query, usedQuery);
  const restCandidate = unusedWeight(candidate, usedCandidate);
  const bothSides = Math.min(restQuery, restCandidate);
  const oneSide = Math.abs(restQuery - restCandidate) + extraQuery + extraCandidate;
  const queryWords = nameWords(query);
  const candidateWords = nameWords(candidate);
  const singleWord = Math.min(queryWords, candidateWords) === 1 && Math.max(queryWords, candidateWords) > 1;
  const extraPenalty = singleWord
    ? params.singleWordExtraPenalty
    : schema === 'person'
      ? params.extraPenaltyPerson
      : params.extraPenaltyOther;
  const denominator =
    matched + params.conflictPenalty * conflict + params.mismatchPenalty * bothSides + extraPenalty * oneSide;
  let score = denominator > 0 ? matched / denominator : 0;
  const anyName = anyNameWord(query) || anyNameWord(candidate);
  if (!distinctive && anyName) score *= params.weakOnlyFactor;
  const final = round(Math.min(1, Math.max(0, score)));
  if (!explain) return { score: final, explanation: '', tokens: [] };
  const conflicting = bothSides > 0;
  for (let i = 0; i < query.length; i++) {
    if (usedQuery[i]) continue;
    matches.push({ kind: conflicting ? 'conflict' : 'extra', query: query[i]!.text, candidate: '', similarity: 0 });
  }
  for (let j = 0; j < candidate.length; j++) {
    if (usedCandidate[j]) continue;
    matches.push({ kind: conflicting ? 'conflict' : 'extra', query: '', candidate: candidate[j]!.text, similarity: 0 });
  }
  const note = distinctive || !anyName ? '' : ' [only weak words matched]';
  return { score: final, explanation: `${describeMatches(matches)}${note}`, tokens: matches };
};
