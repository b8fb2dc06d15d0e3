// A seeded generator of name variants for the recall benchmark: misspellings, reordering and
// transliteration-style respellings. Deterministic for a given seed.

export type Random = () => number;

/** mulberry32: a small seeded PRNG. */
export const seededRandom = (seed: number): Random => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** One typo in one word of four letters or more: substitution, deletion, insertion or swap. */
export const misspell = (name: string, random: Random): string => {
  const words = name.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 4);
  if (long.length === 0) return name;
  const [word, at] = pick(random, long);
  const position = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 4);
  const letter = pick(random, [...LETTERS]);
  const changed =
    kind === 0
      ? word.slice(0, position) + letter + word.slice(position + 1)
      : kind === 1
        ? word.slice(0, position) + word.slice(position + 1)
        : kind === 2
          ? word.slice(0, position) + letter + word.slice(position)
          : word.slice(0, position - 1) + word[position] + word[position - 1] + word.slice(position + 1);
  words[at] = changed;
  return words.join(' ');
};

/** Moves the last word first ("Ali Hassan Mahmud" → "Mahmud Ali Hassan"), as lists write "SURNAME, Given". */
export const reorder = (name: string): string => {
  const words = name.split(' ');
  if (words.length < 2) return name;
  return [words[words.length - 1], ...words.slice(0, -1)].join(' ');
};

const RESPELLINGS: [RegExp, string][] = [
  [/ou/gi, 'u'],
  [/u/gi, 'ou'],
  [/kh/gi, 'h'],
  [/y/gi, 'i'],
  [/ee/gi, 'i'],
  [/ph/gi, 'f'],
  [/sh/gi, 'sch'],
  [/j/gi, 'dj'],
  [/q/gi, 'k'],
  [/w/gi, 'v'],
  [/mm/gi, 'm'],
  [/-/g, ' '],
];

/** A transliteration-style respelling: one rule that applies, chosen at random; diacritics dropped. */
export const respell = (name: string, random: Random): string => {
  const plain = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const applicable = RESPELLINGS.filter(([pattern]) => pattern.test(plain));
  for (const [pattern] of applicable) pattern.lastIndex = 0;
  if (applicable.length === 0) return plain;
  const [pattern, replacement] = pick(random, applicable);
  return plain.replace(pattern, replacement);
};

/** The three variants of a name the recall benchmark screens. */
export const variantsOf = (name: string, random: Random): { kind: string; text: string }[] => [
  { kind: 'misspelt', text: misspell(name, random) },
  { kind: 'reordered', text: reorder(name) },
  { kind: 'respelt', text: respell(name, random) },
];
