/** The table in force on date: the latest with effectiveFrom ≤ date, else the earliest (flagged by `fallback`). */
export const tableAsOf = <T extends { effectiveFrom: string }>(
  tables: readonly T[],
  date: string,
): { table: T; fallback: boolean } => {
  const sorted = [...tables].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const first = sorted[0];
  if (first === undefined) throw new Error('a reference table list is empty');
  const inForce = sorted.filter((t) => t.effectiveFrom <= date).at(-1);
  return inForce ? { table: inForce, fallback: false } : { table: first, fallback: true };
};
