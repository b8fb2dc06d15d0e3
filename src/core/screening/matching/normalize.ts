import { hasAbjad, transliterate } from './transliterate.ts';

/** Digits standing in for letters inside words ("I9or Sech1n"). */
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '9': 'g',
  '@': 'a',
  $: 's',
};

const foldLeet = (word: string): string =>
  /[a-z][0-9][a-z]/.test(word) ? word.replace(/(?<=[a-z])[0-9](?=[a-z])/g, (c) => LEET[c] ?? c) : word;

/**
 * Normalises a name to lower-case Latin ASCII words separated by single spaces:
 * NFKC folding, transliteration of any script, diacritics, case, dotted abbreviations ("A.B.C." → "abc"),
 * apostrophes dropped inside words ("Qa'ida" → "qaida"), other punctuation as separators, "&" as "and".
 */
export const normalizeName = (raw: string): string => {
  // plain ASCII needs neither compatibility folding nor transliteration
  let text = (/^[\x20-\x7e]*$/.test(raw) ? raw : transliterate(raw.normalize('NFKC'))).toLowerCase();
  // dotted abbreviations: letters each followed by a dot, at least two of them
  text = text.replace(/(^|[^a-z])((?:[a-z]\.){2,}[a-z]?)(?![a-z])/g, (_m, before: string, abbreviation: string) => {
    return `${before}${abbreviation.replace(/[.\s]/g, '')} `;
  });
  text = text.replace(/['`\u2019\u02bc\u02bb]/g, '');
  text = text.replace(/&/g, ' and ');
  text = text.replace(/[^a-z0-9]+/g, ' ');
  return text
    .split(' ')
    .filter((word) => word.length > 0)
    .map(foldLeet)
    .join(' ');
};

/**
 * Which words of a normalised name were romanised from Arabic or Hebrew script (and so are known only by
 * their consonants): all of them, none, or — for a name written in both scripts — the set of them.
 */
export const vowellessWords = (raw: string): boolean | ReadonlySet<string> => {
  if (!hasAbjad(raw)) return false;
  if (!/\p{Script=Latin}/u.test(raw)) return true;
  return new Set(normalizeName(raw.replace(/[\p{Script=Latin}]+/gu, ' ')).split(' '));
};
