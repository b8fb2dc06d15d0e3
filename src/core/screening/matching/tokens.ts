import type { EntityType } from '../lists/list-entry.ts';
import { ORG_SYMBOLS, PERSON_NAME_PARTS } from './data/name-symbols.ts';
import { ORG_TYPE_FORMS } from './data/org-types.ts';
import { OBJECT_NAME_PREFIXES, ORG_NAME_PREFIXES, PERSON_NAME_PREFIXES } from './data/stopwords.ts';
import { foldToken } from './fold-token.ts';
import { abjadSkeleton, soundex } from './phonetic.ts';

/**
 * What a token is worth as evidence: a distinctive name word, or weak evidence
 * (a legal form, a title or particle, an initial, a number).
 */
export type TokenKind = 'name' | 'legal' | 'stop' | 'initial' | 'number';

export type NameToken = {
  /** the normalised word(s) as written ("limited liability company") */
  text: string;
  /** the form compared: legal-form class, canonical symbol or phonetically folded word */
  key: string;
  kind: TokenKind;
  /** Soundex code of the word, for phonetic near-misses */
  sound: string;
  /** evidence weight; 1 from the tokenizer, set by whoever knows better (kind, rarity) */
  weight: number;
};

/** The key of a token romanised from Arabic or Hebrew script: its consonant skeleton, marked by "#". */
export const vowellessKey = (word: string): string => `#${abjadSkeleton(word)}`;

/** True for the key of a token known only by its consonants. */
export const isVowellessKey = (key: string): boolean => key.charCodeAt(0) === 35;

/** Name particles that carry little identity in any name (Arabic, Romance, Germanic). */
const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ben',
  'ibn',
  'bint',
  'binti',
  'abu',
  'abd',
  'ould',
  'de',
  'da',
  'do',
  'dos',
  'das',
  'del',
  'della',
  'di',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'y',
  'of',
  'and',
  'the',
  'for',
  'und',
  'et',
]);

/** Particles spelt two ways that are one word (the Arabic article, "son of"). */
const PARTICLE_KEYS = new Map([
  ['el', 'al'],
  ['ben', 'bin'],
]);

/** Short legal-form abbreviations that are more often ordinary words or name parts. */
const AMBIGUOUS_FORMS = new Set([
  'in',
  'is',
  'of',
  'no',
  'at',
  'as',
  'go',
  'ed',
  'da',
  'im',
  'ii',
  'do',
  'an',
  'up',
  'ong',
  'ev',
  'eg',
  'sha',
  'sau',
  'mau',
  'ek',
  'ay',
  'ky',
  'yu',
  'tu',
  'ro',
  'ju',
  'ku',
  'ik',
  'na',
  'ao',
  'bo',
  'et',
  'ei',
  'ga',
  'oy',
  'on',
  'se',
  'ss',
  'ca',
  'pa',
  'pe',
  'gu',
  'll',
  'lt',
  'nl',
  'rs',
  'sd',
  'sb',
  'kor',
  'pat',
  'stg',
  'vat',
  'moo',
  'too',
  'ry',
  'is',
  'ii',
  'pr',
  'rp',
  'sc',
  'sf',
  'ps',
  'pp',
  'ip',
  'jp',
  'ks',
  'kb',
  'kg',
  'mmc',
  'cia',
  'sad',
  'sak',
  'ep',
  'ad',
  'of',
]);

// the generated tables are plain objects; lookups go through Maps so that words such as
// "constructor" never hit Object.prototype
const LEGAL_FORMS = new Map(Object.entries(ORG_TYPE_FORMS));
const ORG_WORDS = new Map(Object.entries(ORG_SYMBOLS));
const NAME_PARTS = new Map(Object.entries(PERSON_NAME_PARTS));

/** first word of each legal-form phrase → the longest phrase starting with it (in words) */
const PHRASE_LENGTHS = new Map<string, number>();
for (const phrase of LEGAL_FORMS.keys()) {
  const words = phrase.split(' ');
  PHRASE_LENGTHS.set(words[0]!, Math.max(PHRASE_LENGTHS.get(words[0]!) ?? 0, words.length));
}

const ROMAN = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
const MAX_PHRASE = 6;

const PERSON_PREFIXES = new Set(PERSON_NAME_PREFIXES);
const OTHER_PREFIXES = new Set([...ORG_NAME_PREFIXES, ...OBJECT_NAME_PREFIXES]);

const isLegalForm = (phrase: string, schema: EntityType): boolean => {
  if (!LEGAL_FORMS.has(phrase)) return false;
  if (phrase.includes(' ')) return true;
  if (AMBIGUOUS_FORMS.has(phrase)) return false;
  return schema !== 'person' || phrase.length >= 3;
};

const NUMBER_WORDS = new Map<string, string>(
  Object.entries({
    one: '1',
    two: '2',
    three: '3',
    four: '4',
    five: '5',
    six: '6',
    seven: '7',
    eight: '8',
    nine: '9',
    ten: '10',
    first: '1',
    second: '2',
    third: '3',
    fourty: '40',
    forty: '40',
    twenty: '20',
    thirty: '30',
    fifty: '50',
  }),
);

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
const romanValue = (word: string): number => {
  let total = 0;
  for (let i = 0; i < word.length; i++) {
    const value = ROMAN_VALUES[word[i]!]!;
    const next = ROMAN_VALUES[word[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
};

const wordToken = (
  word: string,
  schema: EntityType,
  position: { index: number; count: number; particles: boolean; vowelless: boolean },
): NameToken => {
  const { text, key, kind } = wordKind(word, schema, position);
  // a word romanised from a script without short vowels is known only by its consonants
  if (position.vowelless && kind === 'name' && word.length >= 2) {
    return { text, key: vowellessKey(word), kind, sound: soundex(word), weight: 1 };
  }
  return { text, key, kind, sound: soundex(word), weight: 1 };
};

const wordKind = (
  word: string,
  schema: EntityType,
  position: { index: number; count: number; particles: boolean },
): Pick<NameToken, 'text' | 'key' | 'kind'> => {
  const { index, count } = position;
  if (/^[0-9]+$/.test(word)) return { text: word, key: String(Number(word)), kind: 'number' };
  const numberWord = NUMBER_WORDS.get(word);
  if (numberWord !== undefined) return { text: word, key: numberWord, kind: 'number' };
  if (word.length > 1 && ROMAN.test(word) && schema !== 'person' && index > 0) {
    return { text: word, key: String(romanValue(word)), kind: 'number' };
  }
  if (word.length === 1) return { text: word, key: word, kind: count === 1 ? 'name' : 'initial' };
  if (position.particles && PARTICLES.has(word))
    return { text: word, key: PARTICLE_KEYS.get(word) ?? word, kind: 'stop' };
  if (schema === 'person') {
    if (PERSON_PREFIXES.has(word) && count > 1) return { text: word, key: word, kind: 'stop' };
    const part = NAME_PARTS.get(word);
    return { text: word, key: foldToken(part ?? word), kind: 'name' };
  }
  if (index === 0 && OTHER_PREFIXES.has(word) && count > 1) return { text: word, key: word, kind: 'stop' };
  if (schema !== 'unknown' || index > 0) {
    const symbol = ORG_WORDS.get(word) ?? word;
    if (symbol === 'co' || symbol === 'corp') return { text: word, key: 'co', kind: 'legal' };
  }
  return { text: word, key: foldToken(word), kind: 'name' };
};

/**
 * Splits a normalised name into tokens, recognising multi-word legal forms
 * ("limited liability company" → one legal token of class "llc") and weak words.
 */
export const tokenizeName = (
  normalized: string,
  schema: EntityType = 'unknown',
  options: { particles?: boolean; vowelless?: boolean | ReadonlySet<string> } = {},
): NameToken[] => {
  const particles = options.particles ?? true;
  const vowellessOption = options.vowelless ?? false;
  const isVowelless = (word: string): boolean =>
    typeof vowellessOption === 'boolean' ? vowellessOption : vowellessOption.has(word);
  const words = normalized.length === 0 ? [] : normalized.split(' ');
  const tokens: NameToken[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (
      let length = Math.min(MAX_PHRASE, PHRASE_LENGTHS.get(words[i]!) ?? 0, words.length - i);
      length >= 1;
      length--
    ) {
      const phrase = words.slice(i, i + length).join(' ');
      if (words.length > length && isLegalForm(phrase, schema)) {
        tokens.push({ text: phrase, key: LEGAL_FORMS.get(phrase)!, kind: 'legal', sound: '', weight: 1 });
        matched = length;
        break;
      }
    }
    if (matched > 0) {
      i += matched;
      continue;
    }
    tokens.push(
      wordToken(words[i]!, schema, { index: i, count: words.length, particles, vowelless: isVowelless(words[i]!) }),
    );
    i++;
  }
  return tokens;
};
