import { eccnMatch } from '../eccn.ts';

/**
 * Plain words for how an ECCN matched a rule's list, and whether it did. A pattern in `excluded` (a
 * paragraph the item is known not to fall under) never matches a less specific ECCN.
 */
export const describeMatch = (
  eccn: string,
  patterns: readonly string[],
  excluded?: ReadonlySet<string>,
): { matched: boolean; words: string } => {
  let broader = false;
  let excludedHit = false;
  for (const pattern of patterns) {
    const match = eccnMatch(eccn, pattern);
    if (match !== 'none' && excluded?.has(pattern)) {
      excludedHit = true;
      continue;
    }
    if (match === 'exact') return { matched: true, words: `${eccn} is covered` };
    if (match === 'broader') broader = true;
  }
  if (broader) {
    return {
      matched: true,
      words: `${eccn} is given without the paragraph that decides coverage; assumed covered (give the paragraph, or TPP and performance density, to refine)`,
    };
  }
  if (excludedHit) {
    return {
      matched: false,
      words: `${eccn}: the item's own parameters place it outside ${patterns.filter((p) => excluded?.has(p)).join(', ')}`,
    };
  }
  return { matched: false, words: `${eccn} is not among ${patterns.join(', ')}` };
};
