/**
 * Effective dates of reference rows. `effectiveFrom` is the first day a row is in force; `effectiveTo`, when
 * the row ended, is the first day it is no longer in force (a row "until 2026-07-09" has effectiveTo
 * 2026-07-10). Pure string comparison of YYYY-MM-DD dates.
 */
export type Dated = { effectiveFrom: string; effectiveTo?: string };

/** How sure the project is of a row: the Federal Register / eCFR text, a law-firm summary, or neither. */
export type Confidence = 'primary' | 'secondary' | 'unverified';

export const inForceOn = (row: Dated, date: string): boolean =>
  row.effectiveFrom <= date && (row.effectiveTo === undefined || date < row.effectiveTo);

/** "2026-07-10 – open" */
export const windowWords = (row: Dated): string => `${row.effectiveFrom} – ${row.effectiveTo ?? 'open'}`;

/**
 * The earliest date the reference tables answer for. From 2020-12-23 the EAR treats Hong Kong as China
 * (85 FR 83765), which the tables assume; rows not given a dated history are taken from the eCFR of
 * 2026-07-23 and assumed unchanged back to this date (docs/rules.md lists the histories held). A
 * determination for an earlier date is "undetermined".
 */
export const EARLIEST_REFERENCE_DATE = '2020-12-23';
