import { eccnMatchesAny } from '../eccn.ts';

/** Plain words for how an ECCN matched a rule's list, and whether it did. */
export const describeMatch = (eccn: string, patterns: readonly string[]): { matched: boolean; words: string } => {
  const match = eccnMatchesAny(eccn, patterns);
  if (match === 'exact') return { matched: true, words: `${eccn} is covered` };
  if (match === 'broader') {
    return {
      matched: true,
      words: `${eccn} is given without the paragraph that decides coverage; assumed covered (give the paragraph, or TPP and performance density, to refine)`,
    };
  }
  return { matched: false, words: `${eccn} is not among ${patterns.join(', ')}` };
};
