/**
 * Folds spelling variants of one word that transliteration produces (Wladimir/Vladimir,
 * Vladimirovitch/Vladimirovich, Mohammed/Muhammad stays fuzzy): both sides of a comparison are folded
 * the same way, so the fold only has to be consistent, not pronounceable.
 */
const RULES: [RegExp, string][] = [
  [/tsch|tch|tj$|cz/g, 'ch'],
  [/sch/g, 'sh'],
  [/dzh|dj/g, 'j'],
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/kh/g, 'h'],
  [/gh/g, 'g'],
  [/th/g, 't'],
  [/q/g, 'k'],
  [/w/g, 'v'],
  [/ou|oo|u/g, 'u'],
  [/ee|ie|y/g, 'i'],
  [/([a-z])\1+/g, '$1'],
];

/** Folding is pure and words repeat across a list: results are remembered (bounded). */
const memo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

export const foldToken = (word: string): string => {
  const known = memo.get(word);
  if (known !== undefined) return known;
  let folded = word;
  for (const [pattern, replacement] of RULES) folded = folded.replace(pattern, replacement);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, folded);
  return folded;
};
