/** How much a new list version removes from the current one, and whether that is more than allowed. */
export type ListShrink = {
  /** entries of the current version that the new version no longer has */
  removed: number;
  /** entries of the current version */
  current: number;
  /** removed as a share of current, in percent, rounded to one decimal */
  percent: number;
  /** the program setting maxListShrinkPercent in force */
  maxPercent: number;
  /** true when removed is more than maxPercent of current */
  excessive: boolean;
};

/** Measures the removals of a new version against the current one's entry count and the allowed share. */
export const measureListShrink = (input: { removed: number; current: number; maxPercent: number }): ListShrink => {
  const { removed, current, maxPercent } = input;
  const percent = current === 0 ? 0 : Math.round((removed / current) * 1000) / 10;
  return { removed, current, percent, maxPercent, excessive: current > 0 && removed * 100 > maxPercent * current };
};
