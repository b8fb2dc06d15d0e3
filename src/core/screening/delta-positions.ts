/** An entry of a stored list version reduced to what tells whether it changed. */
export type EntryKey = { position: number; entryId: string; fingerprint: string };

/**
 * The positions of the new version's entries that are added or changed since the previous version: each new
 * entry whose (id, fingerprint) the previous version does not hold (counted, so duplicates pair one to one).
 * The same entries as `diffLists`' added plus changed, found from stored fingerprints without reading entries.
 */
export const deltaPositions = (previous: readonly EntryKey[], current: readonly EntryKey[]): number[] => {
  const remaining = new Map<string, number>();
  for (const item of previous) {
    const key = `${item.entryId}\u0000${item.fingerprint}`;
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const positions: number[] = [];
  for (const item of current) {
    const key = `${item.entryId}\u0000${item.fingerprint}`;
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else positions.push(item.position);
  }
  return positions;
};
