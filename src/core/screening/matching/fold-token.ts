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

export const foldToken = (word: string): string => {
  let folded = word;
  for (const [pattern, replacement] of RULES) folded = folded.replace(pattern, replacement);
  return folded;
};
