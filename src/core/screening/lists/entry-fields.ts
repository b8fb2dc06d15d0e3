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

const LATIN_LETTER = /\p{Script=Latin}/u;
const OTHER_LETTER = /[^\P{L}\p{Script=Latin}]/u;
/** "original script:", "name in Arabic script:", "in Cyrillic script:" before a name in a note or brackets */
const SCRIPT_LABEL = /^(?:[^:]*\b(?:original|in \p{L}+) script\s*:\s*)/iu;

const scriptOfPart = (text: string): 'latin' | 'other' | 'mixed' | 'none' => {
  const latin = LATIN_LETTER.test(text);
  const other = OTHER_LETTER.test(text);
  return latin && other ? 'mixed' : latin ? 'latin' : other ? 'other' : 'none';
};

/**
 * The names one list name field holds when it writes a name beside its form in another script:
 * "Abdelali Abou Dher (عبد العالي ابو ذر)" → both names, "Amir Khazmat (original script: Амир Хазмат)"
 * → both, "أبو شيماء (Abu-Shaima; Abu- Shayma)" → all three. A field in one script, or whose bracket is
 * in the same script ("Al-Rashid Trust (Pvt) Ltd"), stays one name.
 */
export const scriptVariants = (name: string): string[] => {
  const match = /^([^()]+)\(([^()]+)\)[\s,.;]*$/u.exec(name.trim());
  if (match === null) return [name];
  const outside = match[1]!.trim();
  const inside = match[2]!.trim().replace(SCRIPT_LABEL, '');
  const outer = scriptOfPart(outside);
  const inner = scriptOfPart(inside);
  if (outer === 'mixed' || inner === 'mixed' || outer === 'none' || inner === 'none' || outer === inner) return [name];
  return [outside, ...splitValues(inside)];
};

/** A name written in another script in a free-text note ("original script: Абу Банат"), or undefined. */
export const scriptNameInNote = (note: string): string | undefined => {
  const match = /\b(?:original|in \p{L}+) script\s*:\s*([^;.()]+)/iu.exec(note);
  const name = match?.[1]?.trim();
  return name !== undefined && name !== '' && scriptOfPart(name) === 'other' ? name : undefined;
};
