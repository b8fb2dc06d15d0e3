/**
 * Arabic-script (Arabic, Persian, Urdu) and Hebrew names to Latin letters as Western lists spell their
 * consonants. These scripts mostly leave short vowels unwritten, so the output is a consonant skeleton
 * ("صدام حسين التكريتي" → "sdm hsyn al tkryty"): tokens from such names are compared by skeleton
 * (`consonantKey`), not letter by letter. The article ال is split off as "al", and common name
 * particles are written as lists write them (bin, abu, abd, allah).
 */

const ARABIC: Record<string, string> = {
  ا: 'a',
  أ: 'a',
  إ: 'i',
  آ: 'a',
  ٱ: 'a',
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: '',
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ک: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  و: 'w',
  ي: 'y',
  ی: 'y',
  ى: 'a',
  ے: 'e',
  ء: '',
  ئ: 'y',
  ؤ: 'w',
  پ: 'p',
  چ: 'ch',
  ژ: 'zh',
  گ: 'g',
  ٹ: 't',
  ڈ: 'd',
  ڑ: 'r',
  ں: 'n',
  ھ: 'h',
};

const HEBREW: Record<string, string> = {
  א: '',
  ב: 'b',
  ג: 'g',
  ד: 'd',
  ה: 'h',
  ו: 'u',
  ז: 'z',
  ח: 'kh',
  ט: 't',
  י: 'y',
  כ: 'kh',
  ך: 'kh',
  ל: 'l',
  מ: 'm',
  ם: 'm',
  נ: 'n',
  ן: 'n',
  ס: 's',
  ע: '',
  פ: 'f',
  ף: 'f',
  צ: 'ts',
  ץ: 'ts',
  ק: 'k',
  ר: 'r',
  ש: 'sh',
  ת: 't',
};

/** Whole words written the way lists write them (particles and the name of God). */
const WORDS: Record<string, string> = {
  بن: 'bin',
  ابن: 'ibn',
  بنت: 'bint',
  ابو: 'abu',
  أبو: 'abu',
  عبد: 'abd',
  الله: 'allah',
  عبدالله: 'abdallah',
  ولد: 'ould',
};

const ARABIC_LETTERS = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
const HEBREW_LETTERS = /[\u0590-\u05ff\ufb1d-\ufb4f]/;
/** harakat, tatweel, Hebrew points and cantillation: vowel signs lists never reflect consistently */
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed\u0591-\u05c7]/g;

/** True when the text has Arabic-script or Hebrew letters (whose names are written without short vowels). */
export const hasAbjad = (text: string): boolean => ARABIC_LETTERS.test(text) || HEBREW_LETTERS.test(text);

const romaniseArabicWord = (word: string): string[] => {
  const whole = WORDS[word];
  if (whole !== undefined) return [whole];
  // the article: ال before a word of at least two more letters ("التكريتي" → al + tkryty)
  if (word.length >= 4 && word.startsWith('ال')) return ['al', ...romaniseArabicWord(word.slice(2))];
  if (word.length >= 5 && word.startsWith('عبدال')) return ['abd', 'al', ...romaniseArabicWord(word.slice(5))];
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const char = word[i]!;
    // a word-initial ع or alif carries a vowel the lists write (Ali, Izzat, Uday): any vowel will do
    if (i === 0 && char === 'ع') out += 'a';
    else out += ARABIC[char] ?? char;
  }
  return [out];
};

const romaniseHebrewWord = (word: string): string => {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const char = word[i]!;
    const next = word[i + 1];
    if (char === 'ו' && next === 'ו') {
      out += 'v';
      i++;
    } else if (i === 0 && char === 'ו') out += 'v';
    else if (i === 0 && (char === 'א' || char === 'ע')) out += 'a';
    else if (i === 0 && char === 'פ') out += 'p';
    else if (i === 0 && char === 'כ') out += 'k';
    else if (i === 0 && char === 'ב') out += 'b';
    else out += HEBREW[char] ?? char;
  }
  return out;
};

/** Arabic-script and Hebrew words of a text to Latin consonants; other characters pass unchanged. */
export const romaniseAbjad = (text: string): string =>
  text
    .replace(MARKS, '')
    .split(/(\s+)/)
    .map((word) => {
      if (ARABIC_LETTERS.test(word)) {
        return word
          .split(/([^\u0600-\u06ff\u0750-\u077f]+)/)
          .map((part) => (ARABIC_LETTERS.test(part) ? romaniseArabicWord(part).join(' ') : part))
          .join('');
      }
      return HEBREW_LETTERS.test(word) ? romaniseHebrewWord(word) : word;
    })
    .join('');
