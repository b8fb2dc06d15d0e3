import type { EntityType } from '../lists/list-entry.ts';
import type { MatchParams } from './match-params.ts';

/** What is known about a pairing beyond its names: scripts, entity types and countries. */
export type ScoreContext = {
  /** one side is Chinese, Japanese or Korean script and the other is not (romanisation is lossy) */
  romanised: boolean;
  /** one side is Arabic or Hebrew script and the other is not (short vowels unwritten: compared by consonants) */
  unvowelled?: boolean;
  /** the entity type asked for ('unknown' when not given) */
  queryType: EntityType;
  /** the entity type of the list entry */
  listedType: EntityType;
  /** the query's country (upper case) when it is among the entry's countries, else null */
  listedCountry: string | null;
};

/** The adjusted score and the notes that account for every adjustment, in the order they are shown. */
export type AdjustedScore = { score: number; notes: string[] };

const NO_NOTES: string[] = [];

/**
 * Adjusts a name-comparison score for what lies beyond the names, and says why in the same step: a
 * romanised CJK name is discounted, a differing entity type is discounted, and a listed country adds a
 * bonus (capped at 1). Each note is there exactly when its adjustment applied.
 */
export const adjustScore = (raw: number, context: ScoreContext, params: MatchParams): AdjustedScore => {
  const typeMismatch =
    context.queryType !== 'unknown' && context.listedType !== 'unknown' && context.listedType !== context.queryType;
  let score = raw;
  if (context.romanised) score *= params.cjkTransliterationFactor;
  if (context.unvowelled) score *= params.vowellessFactor;
  if (typeMismatch) score *= params.typeMismatchFactor;
  if (context.listedCountry !== null) score = Math.min(1, score + params.countryBonus);
  if (!typeMismatch && context.listedCountry === null && !context.romanised && !context.unvowelled) {
    return { score, notes: NO_NOTES };
  }
  const notes: string[] = [];
  if (typeMismatch) notes.push(`type ${context.queryType} vs listed ${context.listedType}`);
  if (context.listedCountry !== null) notes.push(`country ${context.listedCountry} listed`);
  if (context.romanised) notes.push('romanised from CJK script');
  if (context.unvowelled) notes.push('compared by consonants (Arabic or Hebrew script)');
  return { score, notes };
};

/** An explanation with the notes of its score's adjustments appended: `…; country AE listed`. */
export const withNotes = (explanation: string, notes: readonly string[]): string =>
  notes.reduce((text, note) => `${text}; ${note}`, explanation);
