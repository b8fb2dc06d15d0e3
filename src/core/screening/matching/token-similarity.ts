import type { MatchParams } from './match-params.ts';
import { abjadAligns, abjadSkeleton, joinAbjadWords } from './phonetic.ts';
import { levenshteinSimilarity, osaSimilarity } from './string-metrics.ts';
import { isVowellessKey, type NameToken } from './tokens.ts';

/** The skeleton of a token for comparison with a vowel-less one (a vowel-less key is one already). */
const skeletonOf = (token: Pick<NameToken, 'key' | 'text'>): string =>
  isVowellessKey(token.key) ? token.key.slice(1) : abjadSkeleton(token.text);

/**
 * Similarity when one side was romanised from a script without short vowels: a Latin spelling that is
 * the romanised word with its short vowels put back (`abjadAligns`) is the same word; otherwise the
 * consonant skeletons compared, scaled by `vowellessSimilarity` (equal skeletons are strong but not
 * exact evidence; a one-letter skeleton is weak).
 */
export const vowellessSimilarity = (
  a: Pick<NameToken, 'key' | 'text'>,
  b: Pick<NameToken, 'key' | 'text'>,
  params: MatchParams,
): number => {
  const left = skeletonOf(a);
  const right = skeletonOf(b);
  let similarity = 0;
  if (left === right) {
    // two consonants leave many names alike ("jan" / "juan", "wly" / "foley"); one leaves most
    if (left.length >= 3) return params.vowellessSimilarity;
    similarity = left.length === 2 ? params.shortSkeletonSimilarity : params.minTokenSimilarity;
  } else if (Math.min(left.length, right.length) >= 3) {
    similarity = osaSimilarity(left, right, FLOOR) * params.vowellessSimilarity;
    if (similarity < params.minTokenSimilarity) similarity = 0;
  }
  // a Latin spelling that is the romanised word with its short vowels put back is that word
  // (only for skeletons that start alike and differ in length by one letter at most: the alignment is
  // dearer than the skeletons and rarely differs from them otherwise)
  const aVowelless = isVowellessKey(a.key);
  if (aVowelless !== isVowellessKey(b.key) && sameStart(left, right) && Math.abs(left.length - right.length) <= 1) {
    const [romanised, latin] = aVowelless ? [a.text, b.text] : [b.text, a.text];
    if (abjadAligns(romanised, latin)) {
      return romanised.length >= 3 ? params.vowellessSimilarity : Math.max(similarity, params.alignedShortSimilarity);
    }
  }
  return similarity;
};

const FLOOR = 0.5;

/** ق is written q, k or g in Latin spellings: skeletons starting with either of those start alike. */
const sameStart = (left: string, right: string): boolean =>
  left[0] === right[0] || (left[0] === 'k' && right[0] === 'g') || (left[0] === 'g' && right[0] === 'k');
const VOWELLESS_TYPO_FLOOR = 0.75;

/** How alike two tokens are, 0..1, given their kinds; below `minTokenSimilarity` counts as 0. */
export const tokenSimilarity = (a: NameToken, b: NameToken, params: MatchParams): number => {
  if (a.kind === 'legal' || b.kind === 'legal') {
    if (a.kind !== b.kind) return 0;
    return a.key === b.key ? 1 : 0;
  }
  if (a.kind === 'number' || b.kind === 'number') return a.kind === b.kind && a.key === b.key ? 1 : 0;
  if (a.kind === 'initial' || b.kind === 'initial') {
    if (a.text[0] !== b.text[0]) return 0;
    return a.kind === b.kind ? 1 : params.initialSimilarity;
  }
  if (a.kind === 'stop' || b.kind === 'stop') return a.key === b.key ? 1 : 0;
  if (a.text === b.text || a.key === b.key) return 1;
  // one side without written vowels: by skeleton; both sides romanised alike: letter by letter, as written
  if (isVowellessKey(a.key) !== isVowellessKey(b.key)) return vowellessSimilarity(a, b, params);
  if (isVowellessKey(a.key)) return textSimilarity(a, b, params);
  // no edit distance can bring words of very different lengths above the floor
  const shorter = Math.min(a.text.length, b.text.length, a.key.length, b.key.length);
  const longer = Math.max(a.text.length, b.text.length);
  if (shorter < longer * (params.minTokenSimilarity - 0.1) - 1) return 0;
  // below half the letters in common nothing (not even a shared sound) makes two words alike
  let similarity = osaSimilarity(a.key, b.key, FLOOR);
  if (a.text !== a.key || b.text !== b.key) similarity = Math.max(similarity, osaSimilarity(a.text, b.text, FLOOR));
  // two- and three-letter words differ in meaning with one letter ("ali" / "lee")
  if (Math.min(a.text.length, b.text.length) <= 3) similarity *= params.shortTokenFactor;
  if (similarity >= 0.5 && similarity < params.phoneticSimilarity && shorter >= 4 && a.sound === b.sound) {
    similarity = params.phoneticSimilarity;
  }
  return similarity >= params.minTokenSimilarity ? similarity : 0;
};

/** Two tokens romanised from the same vowel-less script, compared as written (a one-letter typo is a typo). */
const textSimilarity = (a: NameToken, b: NameToken, params: MatchParams): number => {
  let similarity = osaSimilarity(a.text, b.text, FLOOR);
  if (Math.min(a.text.length, b.text.length) <= 3) similarity *= params.shortTokenFactor;
  // without vowels a word has fewer letters, so each differing one says more: a higher bar
  return similarity >= VOWELLESS_TYPO_FLOOR ? similarity : 0;
};

/** Similarity of one token to the concatenation of several ("alqaida" ~ "al" + "qaida"). */
export const joinedSimilarity = (single: NameToken, parts: NameToken[], params: MatchParams): number =>
  joinedSimilarityAt(single, parts, 0, parts.length, params);

/**
 * `joinedSimilarity` of one token to `span` tokens of a name from `start` on, without copying them out
 * (the scoring loop tries every run of two and three words).
 */
export const joinedSimilarityAt = (
  single: NameToken,
  tokens: readonly NameToken[],
  start: number,
  span: number,
  params: MatchParams,
): number => {
  if (single.kind !== 'name' || single.text.length < 4) return 0;
  let joinedText = '';
  let partVowelless = false;
  for (let k = start; k < start + span; k++) {
    joinedText += tokens[k]!.text;
    if (isVowellessKey(tokens[k]!.key)) partVowelless = true;
  }
  if (joinedText === single.text) return 1;
  const singleVowelless = isVowellessKey(single.key);
  if (singleVowelless || partVowelless) {
    // "abd al qadr" romanised from Arabic is "abdelkader" joined, "hdayt allah" is "hidayatullah":
    // compared by skeleton, or as the romanised word with its short vowels put back
    const texts: string[] = [];
    for (let k = start; k < start + span; k++) texts.push(tokens[k]!.text);
    const joined = joinAbjadWords(texts);
    if (abjadSkeleton(single.text) === abjadSkeleton(joined)) return params.vowellessSimilarity;
    const aligned = singleVowelless ? abjadAligns(single.text, joined) : abjadAligns(joined, single.text);
    return aligned ? params.vowellessSimilarity : 0;
  }
  const floor = Math.max(params.minTokenSimilarity, 0.8);
  // the edit distance is at least the difference in length: when that alone puts the pair under the
  // floor, the distance need not be computed (the same answer, 0)
  const longer = Math.max(single.text.length, joinedText.length);
  if (1 - Math.abs(single.text.length - joinedText.length) / longer < floor) return 0;
  const similarity = levenshteinSimilarity(single.text, joinedText);
  return similarity >= floor ? similarity : 0;
};
