/** String metrics over UTF-16 code units (callers pass normalised ASCII). */

const LEVENSHTEIN_BUFFER = 64;
const levenshteinRows = [new Int32Array(LEVENSHTEIN_BUFFER + 1), new Int32Array(LEVENSHTEIN_BUFFER + 1)];

export const levenshtein = (a: string, b: string): number => {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const width = b.length + 1;
  // two reused rows for names of ordinary length (no allocation per call in the scoring loop)
  let [previous, current] =
    width <= LEVENSHTEIN_BUFFER + 1 ? levenshteinRows : [new Int32Array(width), new Int32Array(width)];
  for (let j = 0; j < width; j++) previous![j] = j;
  for (let i = 1; i <= a.length; i++) {
    current![0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      let value = previous![j - 1]! + cost;
      const up = previous![j]! + 1;
      const left = current![j - 1]! + 1;
      if (up < value) value = up;
      if (left < value) value = left;
      current![j] = value;
    }
    const recycled = previous!;
    previous = current;
    current = recycled;
  }
  return previous![b.length]!;
};

/** Unrestricted Damerau-Levenshtein (transpositions of non-adjacent edits allowed), as jellyfish computes it. */
export const damerauLevenshtein = (a: string, b: string): number => {
  if (a === b) return 0;
  const maxDistance = a.length + b.length;
  const lastRow = new Map<number, number>();
  const width = b.length + 2;
  const table = new Array<number>((a.length + 2) * width).fill(0);
  const at = (i: number, j: number): number => i * width + j;
  table[at(0, 0)] = maxDistance;
  for (let i = 0; i <= a.length; i++) {
    table[at(i + 1, 0)] = maxDistance;
    table[at(i + 1, 1)] = i;
  }
  for (let j = 0; j <= b.length; j++) {
    table[at(0, j + 1)] = maxDistance;
    table[at(1, j + 1)] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    let lastMatchColumn = 0;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      const i1 = lastRow.get(cb) ?? 0;
      const j1 = lastMatchColumn;
      let cost = 1;
      if (ca === cb) {
        cost = 0;
        lastMatchColumn = j;
      }
      table[at(i + 1, j + 1)] = Math.min(
        table[at(i, j)]! + cost,
        table[at(i + 1, j)]! + 1,
        table[at(i, j + 1)]! + 1,
        table[at(i1, j1)]! + (i - i1 - 1) + 1 + (j - j1 - 1),
      );
    }
    lastRow.set(ca, i);
  }
  return table[at(a.length + 1, b.length + 1)]!;
};

const jaroCore = (a: string, b: string, options: { winkler: boolean; longTolerance: boolean }): number => {
  const aLength = a.length;
  const bLength = b.length;
  if (aLength === 0 || bLength === 0) return 0;
  const searchRange = Math.max(0, Math.floor(Math.max(aLength, bLength) / 2) - 1);
  const aFlags = new Uint8Array(aLength);
  const bFlags = new Uint8Array(bLength);
  let common = 0;
  for (let i = 0; i < aLength; i++) {
    const low = Math.max(0, i - searchRange);
    const high = Math.min(i + searchRange, bLength - 1);
    for (let j = low; j <= high; j++) {
      if (!bFlags[j] && a.charCodeAt(i) === b.charCodeAt(j)) {
        aFlags[i] = 1;
        bFlags[j] = 1;
        common++;
        break;
      }
    }
  }
  if (common === 0) return 0;
  let k = 0;
  let transpositions = 0;
  for (let i = 0; i < aLength; i++) {
    if (!aFlags[i]) continue;
    while (!bFlags[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  transpositions = Math.floor(transpositions / 2);
  let weight = (common / aLength + common / bLength + (common - transpositions) / common) / 3;
  if (!options.winkler || weight <= 0.7) return weight;
  const minLength = Math.min(aLength, bLength);
  let prefix = 0;
  while (prefix < Math.min(4, minLength) && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  if (prefix > 0) weight += prefix * 0.1 * (1 - weight);
  if (options.longTolerance && minLength > 4 && common > prefix + 1 && 2 * common >= minLength + prefix) {
    weight += (1 - weight) * ((common - prefix - 1) / (aLength + bLength - prefix * 2 + 2));
  }
  return weight;
};

export const jaro = (a: string, b: string): number =>
  a === b ? (a.length === 0 ? 0 : 1) : jaroCore(a, b, { winkler: false, longTolerance: false });

export const jaroWinkler = (a: string, b: string, longTolerance = false): number =>
  a === b ? (a.length === 0 ? 0 : 1) : jaroCore(a, b, { winkler: true, longTolerance });

/** 1 − distance / longer length: 1 for equal strings, 0 for nothing in common. */
export const levenshteinSimilarity = (a: string, b: string): number => {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - levenshtein(a, b) / longer;
};

const BUFFER = 64;
const rowsBuffer = [new Int32Array(BUFFER + 1), new Int32Array(BUFFER + 1), new Int32Array(BUFFER + 1)];

/**
 * Optimal string alignment distance: Levenshtein plus adjacent transpositions ("msua" → "musa" is 1).
 * With `limit`, stops as soon as the distance must exceed it and returns limit + 1.
 */
export const osaDistance = (a: string, b: string, limit = Number.POSITIVE_INFINITY): number => {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  let [beforePrevious, previous, current] =
    width <= BUFFER + 1 ? rowsBuffer : [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  for (let j = 0; j < width; j++) previous![j] = j;
  for (let i = 1; i <= a.length; i++) {
    current![0] = i;
    let rowMinimum = i;
    const ca = a.charCodeAt(i - 1);
    const caBefore = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j < width; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = previous![j - 1]! + (ca === cb ? 0 : 1);
      const up = previous![j]! + 1;
      const left = current![j - 1]! + 1;
      if (up < value) value = up;
      if (left < value) value = left;
      if (j > 1 && ca === b.charCodeAt(j - 2) && caBefore === cb && beforePrevious![j - 2]! + 1 < value) {
        value = beforePrevious![j - 2]! + 1;
      }
      current![j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    const recycled = beforePrevious!;
    beforePrevious = previous;
    previous = current;
    current = recycled;
  }
  return previous![b.length]!;
};

/** 1 − OSA distance / longer length; with `floor`, any value below it comes back as 0 (computed faster). */
export const osaSimilarity = (a: string, b: string, floor = 0): number => {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  const limit = Math.floor((1 - floor) * longer + 1e-9);
  const distance = osaDistance(a, b, limit);
  return distance > limit ? 0 : 1 - distance / longer;
};
