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

/**
 * The skeleton by which a word is compared with one romanised from Arabic or Hebrew script: the
 * consonant skeleton of the word as written, with p/b and f/v merged (Arabic writes foreign p as ب and
 * v as ف: "بوتين" is Putin, "فلاديمير" Vladimir).
 */
export const abjadSkeleton = (word: string): string =>
  consonantKey(
    word
      // the article assimilated to a sun letter, as Maghreb spellings write it ("essaadi", "abdessalam")
      .replace(/^(abd|abu)?(?:[ae]l(?=[^aeiou])|[ae]([dnrstz])\2)/, '$1al$2')
      // French spellings: "dj" for j, "ou" for w/u
      .replace(/dj/g, 'j'),
  )
    .replace(/p/g, 'b')
    .replace(/f/g, 'v');
