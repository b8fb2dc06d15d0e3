import { appError } from '../kernel/errors.ts';
import { err, ok, type Result } from '../kernel/result.ts';

export type ChipInput = {
  /** Total Processing Performance: 2 × MacTOPS × bit length, summed over processing units */
  tpp: number;
  /** TPP divided by the applicable die area in mm² */
  performanceDensity: number;
  /** memory bandwidth in GB/s divided by package or stack area in mm² (for memory, 3A090.c) */
  memoryBandwidthDensity?: number;
};

export type ChipClassification = { eccn: '3A090.a' | '3A090.b' | '3A090.c' | null; reasons: string[] };

/** The 3A090 thresholds (15 CFR 774 Supp. 1, ECCN 3A090, eCFR text of 2026-07-23). */
export const THRESHOLDS_3A090 = Object.freeze({
  a1Tpp: 4800,
  a2Tpp: 1600,
  a2Density: 5.92,
  b1TppFrom: 2400,
  b1TppBelow: 4800,
  b1DensityFrom: 1.6,
  b1DensityBelow: 5.92,
  b2Tpp: 1600,
  b2DensityFrom: 3.2,
  b2DensityBelow: 5.92,
  cBandwidthDensityAbove: 2,
});

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 4 });
const cmp = (value: number, limit: number): string => `${fmt(value)} ${value >= limit ? '≥' : '<'} ${fmt(limit)}`;

const validNumber = (name: string, value: number | undefined): string | undefined =>
  value === undefined || (Number.isFinite(value) && value >= 0) ? undefined : `${name} must be a number of 0 or more`;

/**
 * Which 3A090 paragraph a chip falls in, with the arithmetic shown. Checks .a, then .b, then .c (memory);
 * null means "not 3A090" on these parameters.
 */
export const classifyChip = (input: ChipInput): Result<ChipClassification> => {
  const problems = [
    validNumber('tpp', input.tpp),
    validNumber('performanceDensity', input.performanceDensity),
    validNumber('memoryBandwidthDensity', input.memoryBandwidthDensity),
  ].filter((p): p is string => p !== undefined);
  if (problems.length > 0) return err(appError('invalid_input', problems.join('; ')));
  const t = THRESHOLDS_3A090;
  const { tpp, performanceDensity: pd } = input;
  const reasons: string[] = [];
  const cite = '(15 CFR 774 Supp. 1, ECCN 3A090)';

  if (tpp >= t.a1Tpp) {
    reasons.push(`3A090.a.1: TPP ${cmp(tpp, t.a1Tpp)} ${cite}`);
    return ok({ eccn: '3A090.a', reasons });
  }
  reasons.push(`not 3A090.a.1: TPP ${cmp(tpp, t.a1Tpp)}`);
  if (tpp >= t.a2Tpp && pd >= t.a2Density) {
    reasons.push(
      `3A090.a.2: TPP ${cmp(tpp, t.a2Tpp)} and performance density ${cmp(pd, t.a2Density)} ${cite}`,
      'note: with TPP below 4800, 3A090.a and .b apply only to ICs designed or marketed for datacenters (a Note to 3A090)',
    );
    return ok({ eccn: '3A090.a', reasons });
  }
  reasons.push(
    `not 3A090.a.2: needs TPP ≥ ${fmt(t.a2Tpp)} and performance density ≥ ${t.a2Density} (TPP ${fmt(tpp)}, density ${fmt(pd)})`,
  );
  const b1 = tpp >= t.b1TppFrom && tpp < t.b1TppBelow && pd >= t.b1DensityFrom && pd < t.b1DensityBelow;
  if (b1) {
    reasons.push(
      `3A090.b.1: ${fmt(t.b1TppFrom)} ≤ TPP ${fmt(tpp)} < ${fmt(t.b1TppBelow)} and ${t.b1DensityFrom} ≤ density ${fmt(pd)} < ${t.b1DensityBelow} ${cite}`,
      'note: with TPP below 4800, 3A090.a and .b apply only to ICs designed or marketed for datacenters (a Note to 3A090)',
    );
    return ok({ eccn: '3A090.b', reasons });
  }
  reasons.push(
    `not 3A090.b.1: needs ${fmt(t.b1TppFrom)} ≤ TPP < ${fmt(t.b1TppBelow)} and ${t.b1DensityFrom} ≤ density < ${t.b1DensityBelow}`,
  );
  const b2 = tpp >= t.b2Tpp && pd >= t.b2DensityFrom && pd < t.b2DensityBelow;
  if (b2) {
    reasons.push(
      `3A090.b.2: TPP ${cmp(tpp, t.b2Tpp)} and ${t.b2DensityFrom} ≤ density ${fmt(pd)} < ${t.b2DensityBelow} ${cite}`,
      'note: with TPP below 4800, 3A090.a and .b apply only to ICs designed or marketed for datacenters (a Note to 3A090)',
    );
    return ok({ eccn: '3A090.b', reasons });
  }
  reasons.push(`not 3A090.b.2: needs TPP ≥ ${fmt(t.b2Tpp)} and ${t.b2DensityFrom} ≤ density < ${t.b2DensityBelow}`);
  const mbd = input.memoryBandwidthDensity;
  if (mbd !== undefined) {
    if (mbd > t.cBandwidthDensityAbove) {
      reasons.push(
        `3A090.c: memory bandwidth density ${fmt(mbd)} GB/s/mm² > ${t.cBandwidthDensityAbove} (high-bandwidth memory) ${cite}`,
      );
      return ok({ eccn: '3A090.c', reasons });
    }
    reasons.push(`not 3A090.c: memory bandwidth density ${fmt(mbd)} GB/s/mm² ≤ ${t.cBandwidthDensityAbove}`);
  }
  reasons.push('not 3A090 on these parameters');
  return ok({ eccn: null, reasons });
};
