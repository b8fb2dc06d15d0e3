import anyAscii from 'any-ascii';
import { hasAbjad, romaniseAbjad } from './abjad.ts';

/**
 * Russian-style romanisation (close to BGN/PCGN, as Western lists spell Russian names), applied before
 * the generic any-ascii fallback, whose Cyrillic output differs on х, ц, й, ё and the soft signs.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  ђ: 'dj',
  џ: 'dz',
  қ: 'q',
  ғ: 'gh',
  ҳ: 'h',
  ң: 'ng',
  ө: 'o',
  ү: 'u',
  ұ: 'u',
  ә: 'a',
  һ: 'h',
};

/** Greek digraphs that any-ascii renders letter by letter. */
const GREEK_DIGRAPHS: [RegExp, string][] = [
  [/ου/g, 'u'],
  [/ού/g, 'u'],
  [/μπ/g, 'b'],
  [/ντ/g, 'd'],
  [/γκ/g, 'g'],
];

const hasCyrillic = /[\u0400-\u04ff]/;
const hasGreek = /[\u0370-\u03ff\u1f00-\u1fff]/;
/** Armenian ու is one vowel, u ("Պուտին" is Putin), which any-ascii renders letter by letter ("owt"). */
const ARMENIAN_U = /ու/gi;
const hasArmenian = /[\u0530-\u058f]/;

const romaniseCyrillic = (text: string): string => {
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const mapped = CYRILLIC[lower];
    out += mapped === undefined ? char : mapped;
  }
  return out;
};

const HAN = /\p{Script=Han}/u;
const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/;
const HAN_OR_HANGUL = /[\p{Script=Han}\uac00-\ud7a3]/gu;

/**
 * One Hangul syllable as lists spell Korean names (McCune-Reischauer without breves, as the UN and OFAC
 * write "Kim Jong Un", "Ri Yong Ho", "Pak"), from any-ascii's Revised Romanization: eo → o, eu → u,
 * a syllable-initial l → r, a final g/b/d → k/p/t, and a word-initial g/b/d → k/p/t.
 */
export const romaniseHangulSyllable = (syllable: string, wordStart: boolean): string => {
  let out = anyAscii(syllable).toLowerCase();
  out = out.replace('eo', 'o').replace('eu', 'u').replace(/^l/, 'r');
  out = out
    .replace(/(?<!n)g$/, 'k')
    .replace(/b$/, 'p')
    .replace(/d$/, 't');
  if (wordStart) out = out.replace(/^g/, 'k').replace(/^b/, 'p').replace(/^d/, 't');
  return out;
};

/**
 * Chinese characters and Hangul syllables one romanised syllable each, separated by spaces ("李方伟" →
 * "li fang wei", "김정은" → "kim jong un"): lists write given names split or joined, and the matcher
 * joins adjacent tokens, whereas it cannot split any-ascii's run-together "LiFangWei".
 */
/**
 * A Hangul word of four syllables or more is a foreign name written in Hangul (Korean names have one to
 * three syllables a word): romanised as one word, Revised Romanization without the epenthetic vowel eu
 * that Hangul adds after a lone consonant, ㄹ as r except after l ("블라디미르" → "bladimir", as Vladimir).
 */
const LOANWORD_SYLLABLES = 4;
const HANGUL_WORD = /[\uac00-\ud7a3]{4,}/g;

export const romaniseHangulLoanword = (word: string): string => {
  let out = '';
  for (const syllable of word) out += anyAscii(syllable).toLowerCase().replace('eu', '').replace(/^l/, 'r');
  return out.replace(/lr/g, 'l');
};

const romaniseCjk = (input: string): string => {
  const text = input.replace(HANGUL_WORD, (word) =>
    word.length >= LOANWORD_SYLLABLES ? romaniseHangulLoanword(word) : word,
  );
  let out = '';
  let previousCjk = false;
  for (const char of text) {
    const cjk = HAN.test(char) || HANGUL_SYLLABLE.test(char);
    if (!cjk) {
      out += char;
      previousCjk = false;
      continue;
    }
    const syllable = HANGUL_SYLLABLE.test(char)
      ? romaniseHangulSyllable(char, !previousCjk)
      : anyAscii(char).toLowerCase();
    out += `${previousCjk ? ' ' : ''}${syllable}`;
    previousCjk = true;
  }
  return out;
};

/** Any script to Latin ASCII. Lower-cases Cyrillic and Greek on the way (callers fold case anyway). */
export const transliterate = (text: string): string => {
  let working = text;
  if (hasAbjad(working)) working = romaniseAbjad(working);
  HAN_OR_HANGUL.lastIndex = 0;
  if (HAN_OR_HANGUL.test(working)) working = romaniseCjk(working);
  if (hasCyrillic.test(working)) working = romaniseCyrillic(working);
  if (hasArmenian.test(working)) working = working.replace(ARMENIAN_U, 'u');
  if (hasGreek.test(working)) {
    working = working.toLowerCase();
    for (const [pattern, replacement] of GREEK_DIGRAPHS) working = working.replace(pattern, replacement);
  }
  return anyAscii(working);
};

/** True when every letter of the text is Latin (so a Latin query prefers this name). */
export const isLatinScript = (text: string): boolean => !/[^\p{Script=Latin}\P{L}]/u.test(text);

/** True when the text has Chinese, Japanese or Korean characters (their romanised syllables are not Arabic particles). */
export const hasHanOrHangul = (text: string): boolean =>
  /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);

/** True when the text is written in a script that leaves short vowels out (Arabic, Persian, Urdu, Hebrew). */
export { hasAbjad } from './abjad.ts';
