const SOUNDEX_CODES: Record<string, string> = {
  b: '1',
  f: '1',
  p: '1',
  v: '1',
  c: '2',
  g: '2',
  j: '2',
  k: '2',
  q: '2',
  s: '2',
  x: '2',
  z: '2',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
};

/** American Soundex (h and w do not separate equal codes), as jellyfish computes it. */
export const soundex = (text: string): string => {
  if (text.length === 0) return '';
  const lower = /^[a-z]*$/.test(text)
    ? text
    : text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
  const first = lower[0]!;
  let result = first.toUpperCase();
  let last = SOUNDEX_CODES[first] ?? '';
  for (const char of lower.slice(1)) {
    const code = SOUNDEX_CODES[char];
    if (code === undefined) {
      if (char !== 'h' && char !== 'w') last = '';
      continue;
    }
    if (code !== last) result += code;
    last = code;
    if (result.length === 4) break;
  }
  return result.padEnd(4, '0');
};

/**
 * A coarse consonant skeleton of a normalised ASCII token, for candidate lookup across spellings:
 * vowels dropped after the first letter, look-alike sounds merged, doubled letters collapsed.
 */
export const consonantKey = (token: string): string => {
  let out = '';
  let previous = '';
  for (let i = 0; i < token.length; i++) {
    let c = token[i]!;
    if (i > 0 && 'aeiouyhw'.includes(c)) {
      previous = '';
      continue;
    }
    if (i === 0 && 'aeiouy'.includes(c)) c = 'a';
    else if (c === 'w') c = 'v';
    else if (c === 'c' || c === 'q') c = 'k';
    else if (c === 'z') c = 's';
    else if (c === 'j') c = 'g';
    if (c === previous) continue;
    out += c;
    previous = c;
  }
  return out;
};

/** Letters the Arabic article assimilates to ("al-rahman" is said and often written "ar-rahman", "ur-rahman"). */
const SUN_LETTER = /^[tdrzsn]/;

/**
 * The skeleton by which a word is compared with one romanised from Arabic or Hebrew script: the
 * consonant skeleton of the word as written, with p/b and f/v merged (Arabic writes foreign p as ب and
 * v as ف: "بوتين" is Putin, "فلاديمير" Vladimir). A leading article before a sun letter loses its l
 * ("abdelrahman", "abdurrahman" and "abd al-rahman" alike), as `joinAbjadWords` does for separate words;
 * French spellings are read as such ("Djamel Lounici", "Akkacha").
 */
export const abjadSkeleton = (word: string): string => {
  const known = SKELETONS.get(word);
  if (known !== undefined) return known;
  if (SKELETONS.size >= SKELETON_CACHE_LIMIT) SKELETONS.clear();
  const skeleton = computeAbjadSkeleton(word);
  SKELETONS.set(word, skeleton);
  return skeleton;
};

/** Skeletons are asked for the same words over and over (each pairing of a query with a list name). */
const SKELETONS = new Map<string, string>();
const SKELETON_CACHE_LIMIT = 100_000;

const computeAbjadSkeleton = (word: string): string =>
  consonantKey(
    word
      .replace(/^(?:(abd|abu)[aeiou]?|[ae])l(?=[tdrzsn])/, '$1a')
      // French spellings: "dj" for j, "ch" for sh (and so چ, written "ch", with them), a soft c for s
      .replace(/dj/g, 'j')
      .replace(/ch/g, 'sh')
      .replace(/c(?=[eiy])/g, 's'),
  )
    .replace(/p/g, 'b')
    .replace(/f/g, 'v');

/**
 * Words of an Arabic name written as one ("abd" + "al" + "rhmn" → "abdarhmn", "hdayt" + "allah" →
 * "hdaytallah"): the article before a sun letter loses its l, as it is said and as Latin spellings
 * that run the words together write it ("Abderrahmane", "Shamsuddin", "Hidayatullah").
 */
export const joinAbjadWords = (words: readonly string[]): string => {
  let out = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    out += word === 'al' && next !== undefined && SUN_LETTER.test(next) ? 'a' : word;
  }
  return out;
};

/**
 * The Latin spellings of each letter of a romanised Arabic-script word (abjad.ts): the long-vowel
 * letters ا و ي as the vowels lists write for them, and consonants Arabic tells apart but Latin
 * spellings merge (ض as d, dh or z; ق as q, k or g; ج as j, dj or g).
 */
const ABJAD_SPELLINGS: Record<string, readonly string[]> = {
  a: ['a', 'e', 'aa', 'o', 'ah', 'eh', 'at'],
  i: ['i', 'e', 'y'],
  w: ['w', 'u', 'o', 'ou', 'oo', 'v', 'ow', 'aw', 'au'],
  y: ['y', 'i', 'e', 'ee', 'ie', 'ey', 'ei', 'ai', 'ay', 'iy', 'ia'],
  b: ['b', 'p'],
  p: ['p', 'b'],
  t: ['t', 'th'],
  th: ['th', 's', 't'],
  j: ['j', 'dj', 'g', 'dzh', 'zh'],
  h: ['h', 'kh'],
  kh: ['kh', 'h', 'k', 'x', 'ch'],
  d: ['d', 'dh', 'z', 'dd'],
  dh: ['dh', 'z', 'd', 'th'],
  z: ['z', 'dh', 'd', 's', 'zh'],
  s: ['s', 'c', 'ts', 'th'],
  sh: ['sh', 'ch', 'sch', 's'],
  gh: ['gh', 'g', 'q', 'r'],
  f: ['f', 'ph', 'v'],
  q: ['q', 'k', 'g', 'gh', 'c', 'ck', 'qu'],
  k: ['k', 'c', 'ck', 'q', 'kh'],
  g: ['g', 'gu', 'k', 'gh'],
  ch: ['ch', 'tch', 'c', 'tsh'],
  zh: ['zh', 'j', 'z'],
  e: ['e', 'ai', 'ay', 'a', 'y'],
};
const INITIAL_ALIF: readonly string[] = ['a', 'e', 'i', 'o', 'u', 'aa'];
const FINAL_H: readonly string[] = ['h', 'a', 'e', 'ah', 'eh', 'kh'];
const DIGRAPHS = new Set(['th', 'dh', 'kh', 'gh', 'sh', 'ch', 'zh']);
const SHORT_VOWEL = /[aeiou]/;

/**
 * True when a Latin spelling is a romanised Arabic-script word with its unwritten short vowels put
 * back: every letter spelt as lists spell it, in order, with at most two short vowels (a, e, i, o, u)
 * or a doubled consonant (an unwritten shadda) between letters and at the end ("th" / "Taha", "rawy" /
 * "Rawi", "fdl" / "Fazal", "jmh" / "Juma", but not "th" / "Thomas"). Finer than skeleton equality: the
 * long vowels written in Arabic must be where the Latin spelling has them.
 */
export const abjadAligns = (romanised: string, latin: string): boolean => {
  const size = romanised.length;
  if (size === 0 || latin.length > size * 3 + 2) return false;
  // memo of failed states: position in the romanised word × position in the Latin spelling
  const cells = (size + 1) * (latin.length + 1);
  let failed = failedBuffer;
  if (cells > failed.length) failed = new Uint8Array(cells);
  else failed.fill(0, 0, cells);
  return alignsAt({ romanised, latin, size, failed }, 0, 0, 0);
};

/** Reused memo of failed states (alignment is called in the scoring loop and never re-entered). */
const failedBuffer = new Uint8Array(4096);

/** The words aligned and the failed states found so far (module-level functions, no closures per call). */
type Alignment = { romanised: string; latin: string; size: number; failed: Uint8Array };

/** Whether one letter (or digraph) `unit` of the romanised word, at i, can be spelt at j and the rest aligned. */
const tryUnit = (state: Alignment, i: number, j: number, unit: string, next: number): boolean => {
  const { romanised, latin, size } = state;
  const last = next === size;
  // ا beside ع, and a final ة or ه (Persian writes ة as ه), may go unwritten
  if (unit === 'a' && (last || romanised[next] === 'a' || romanised[i - 1] === 'a') && alignsAt(state, next, j, 0))
    return true;
  if (unit === 'h' && last && i > 0 && alignsAt(state, next, j, 0)) return true;
  const spellings =
    i === 0 && unit === 'a' ? INITIAL_ALIF : unit === 'h' && last ? FINAL_H : (ABJAD_SPELLINGS[unit] ?? [unit]);
  for (const spelling of spellings) {
    if (latin.startsWith(spelling, j) && alignsAt(state, next, j + spelling.length, 0)) return true;
  }
  return false;
};

const alignsAt = (state: Alignment, i: number, j: number, inserted: number): boolean => {
  const { romanised, latin, size, failed } = state;
  if (i === size) {
    // the end may add short vowels or an unwritten final h ("Hamzah" for hmza)
    const rest = latin.slice(j);
    return rest.length <= 2 && /^[aeiou]*h?$/.test(rest);
  }
  const at = i * (latin.length + 1) + j;
  if (inserted === 0 && failed[at]) return false;
  // a digraph ("sh") may also be two letters ("th" of طه is t + h)
  const pair = romanised.slice(i, i + 2);
  if (DIGRAPHS.has(pair) && tryUnit(state, i, j, pair, i + 2)) return true;
  if (tryUnit(state, i, j, romanised[i]!, i + 1)) return true;
  const char = latin[j];
  // an unwritten short vowel, or a consonant written twice (shadda), before this letter
  if (char !== undefined && inserted < 2 && (SHORT_VOWEL.test(char) || char === latin[j - 1])) {
    if (alignsAt(state, i, j + 1, inserted + 1)) return true;
  }
  if (inserted === 0) failed[at] = 1;
  return false;
};
