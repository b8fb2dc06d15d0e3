/** A list version's age: whole days from its own date (asOf, YYYY-MM-DD or YYYY-MM) to now, and whether it is stale. */
export type ListAge = { ageDays: number; stale: boolean };

const DAY_MS = 86_400_000;

/** The first instant of a list's date (a month-only date counts from its first day: the older reading). */
const startOf = (asOf: string): number => {
  const day = /^\d{4}-\d{2}$/.test(asOf) ? `${asOf}-01` : asOf.slice(0, 10);
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? 0 : time;
};

/**
 * How old a list version is as of now, in whole days since its asOf date, and whether that is more than
 * maxAgeDays (the program setting maxListAgeDays). A version dated in the future has age 0. Pure.
 */
export const listAge = (asOf: string, now: Date, maxAgeDays: number): ListAge => {
  const ageDays = Math.max(0, Math.floor((now.getTime() - startOf(asOf)) / DAY_MS));
  return { ageDays, stale: ageDays > maxAgeDays };
};
