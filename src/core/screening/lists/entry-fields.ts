import type { EntityType } from './list-entry.ts';

/** Splits a multi-valued field ("a; b; c"), trimming and dropping empty parts. */
export const splitValues = (value: string, separator = ';'): string[] =>
  value
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');

/** Distinct non-empty aliases in first-seen order, never repeating the primary name (case-insensitive). */
export const distinctAliases = (primaryName: string, aliases: Iterable<string>): string[] => {
  const seen = new Set([primaryName.trim().toLowerCase()]);
  const result: string[] = [];
  for (const alias of aliases) {
    const trimmed = alias.trim();
    const key = trimmed.toLowerCase();
    if (trimmed === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(trimmed);
  }
  return result;
};

/** Distinct values in first-seen order. */
export const distinct = (values: Iterable<string>): string[] => [...new Set(values)];

const ISO2 = /^[A-Z]{2}$/;
/** Keeps only well-formed ISO 3166-1 alpha-2 codes, upper-cased, distinct. */
export const iso2Codes = (values: Iterable<string>): string[] =>
  distinct([...values].map((value) => value.trim().toUpperCase()).filter((value) => ISO2.test(value)));

const TYPE_WORDS: Record<string, EntityType> = {
  individual: 'person',
  person: 'person',
  entity: 'company',
  company: 'company',
  organization: 'company',
  organisation: 'company',
  vessel: 'vessel',
  aircraft: 'aircraft',
};
/** Maps a list's type word (CSL "Individual", OFAC "individual", watchlist "person") to an EntityType. */
export const entityTypeOf = (word: string): EntityType => TYPE_WORDS[word.trim().toLowerCase()] ?? 'unknown';
