import { appError } from '../kernel/errors.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { isIsoDate } from './iso-date.ts';

export type ChipInput = {
  /** Total Processing Performance: 2 × MacTOPS × bit length, summed over processing units (= TOPS × bit length) */
  tpp: number;
  /** TPP divided by the applicable die area in mm² (from 2023-11-17) */
  performanceDensity?: number;
  /** memory bandwidth in GB/s divided by package or stack area in mm² (high-bandwidth memory, 3A090.c) */
  memoryBandwidthDensity?: number;
  /** aggregate bidirectional transfer rate over all inputs and outputs, GB/s (the 2022 definition) */
  ioBandwidthGBs?: number;
  /** designed or marketed for use in datacenters (Note 2 to 3A090); unknown when absent */
  datacenter?: boolean;
};

export type ChipClassification = {
  eccn: '3A090' | '3A090.a' | '3A090.b' | '3A090.c' | null;
  /** true when the figures given do not decide the classification on that date */
  undetermined: boolean;
  /** which text of 3A090 was applied */
  definition: string;
  reasons: string[];
};

/** The 3A090 thresholds from 2023-11-17 (15 CFR 774 Supp. 1, ECCN 3A090, eCFR text of 2026-07-23; 88 FR 73458). */
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

/** The 3A090 definition of 2022-10-21 to 2023-11-16 (87 FR 62186). */
export const THRESHOLDS_3A090_2022 = Object.freeze({ tpp: 4800, ioBandwidthGBs: 600 });

/** When each text of 3A090 came into force. */
export const DEFINITIONS_3A090 = Object.freeze({
  first: '2022-10-21',
  tppDensity: '2023-11-17',
  hbm: '2024-12-02',
});

const fmt = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 4 });
const cmp = (value: number, limit: number): string => `${fmt(value)} ${value >= limit ? '≥' : '<'} ${fmt(limit)}`;

const validNumber = (name: string, value: number | undefined): string | undefined =>
  value === undefined || (Number.isFinite(value) && value >= 0) ? undefined : `${name} must be a number of 0 or more`;

const NOTE2 =
  'Note 2 to 3A090: with TPP below 4800, 3A090.a and .b apply only to ICs designed or marketed for datacenters';

/**
 * Which 3A090 paragraph a chip falls in on a date, with the arithmetic shown, under the text of 3A090 in
 * force that day: none before 2022-10-21; the 2022 test (TOPS × bit length and I/O rate) to 2023-11-16;
 * TPP and performance density from 2023-11-17 (.a, then .b, then .c memory from 2024-12-02). null means
 * "not 3A090" on these figures; `undetermined` means the figures given do not decide it.
 */
export const classifyChip = (input: ChipInput, date: string): Result<ChipClassification> => {
  const problems = [
    validNumber('tpp', input.tpp),
    validNumber('performanceDensity', input.performanceDensity),
    validNumber('memoryBandwidthDensity', input.memoryBandwidthDensity),
    validNumber('ioBandwidthGBs', input.ioBandwidthGBs),
    isIsoDate(date) ? undefined : `date "${date}" must be a calendar date YYYY-MM-DD`,
  ].filter((p): p is string => p !== undefined);
  if (problems.length > 0) return err(appError('invalid_input', problems.join('; ')));
  if (date < DEFINITIONS_3A090.first) {
    return ok({
      eccn: null,
      undetermined: false,
      definition: 'none',
      reasons: [`ECCN 3A090 did not exist on ${date}: it was created on 2022-10-21 (87 FR 62186)`],
    });
  }
  if (date < DEFINITIONS_3A090.tppDensity) return ok(classify2022(input));
  return ok(classify2023(input, date));
};

const classify2022 = (input: ChipInput): ChipClassification => {
  const t = THRESHOLDS_3A090_2022;
  const definition = '2022 text (87 FR 62186), in force 2022-10-21 – 2023-11-16';
  const cite = '(15 CFR 774 Supp. 1, ECCN 3A090 as of 2022-10-21; 87 FR 62186)';
  const reasons: string[] = [];
  if (input.tpp < t.tpp) {
    reasons.push(`not 3A090: processing performance ${cmp(input.tpp, t.tpp)} TOPS × bit length ${cite}`);
    return { eccn: null, undetermined: false, definition, reasons };
  }
  reasons.push(`processing performance ${cmp(input.tpp, t.tpp)} TOPS × bit length`);
  if (input.ioBandwidthGBs === undefined) {
    reasons.push(
      `undetermined: the 2022 text also needs an aggregate bidirectional transfer rate ≥ ${t.ioBandwidthGBs} GB/s; give the I/O rate`,
    );
    return { eccn: null, undetermined: true, definition, reasons };
  }
  if (input.ioBandwidthGBs < t.ioBandwidthGBs) {
    reasons.push(`not 3A090: aggregate bidirectional I/O ${cmp(input.ioBandwidthGBs, t.ioBandwidthGBs)} GB/s ${cite}`);
    return { eccn: null, undetermined: false, definition, reasons };
  }
  reasons.push(`3A090: aggregate bidirectional I/O ${cmp(input.ioBandwidthGBs, t.ioBandwidthGBs)} GB/s ${cite}`);
  return { eccn: '3A090', undetermined: false, definition, reasons };
};

const classify2023 = (input: ChipInput, date: string): ChipClassification => {
  const t = THRESHOLDS_3A090;
  const definition = 'TPP and performance-density text (88 FR 73458), in force from 2023-11-17';
  const { tpp, performanceDensity: pd, datacenter } = input;
  const reasons: string[] = [];
  const cite = '(15 CFR 774 Supp. 1, ECCN 3A090)';
  const done = (eccn: ChipClassification['eccn'], undetermined = false): ChipClassification => ({
    eccn,
    undetermined,
    definition,
    reasons,
  });

  if (tpp >= t.a1Tpp) {
    reasons.push(`3A090.a.1: TPP ${cmp(tpp, t.a1Tpp)} ${cite}`);
    return done('3A090.a');
  }
  reasons.push(`not 3A090.a.1: TPP ${cmp(tpp, t.a1Tpp)}`);
  let logic: '3A090.a' | '3A090.b' | null = null;
  if (tpp >= t.a2Tpp && pd === undefined) {
    reasons.push(
      'undetermined: TPP ≥ 1,600 and below 4,800 needs the performance density to decide .a.2, .b.1 or .b.2',
    );
    return done(null, true);
  }
  if (pd !== undefined && tpp >= t.a2Tpp && pd >= t.a2Density) {
    reasons.push(`3A090.a.2: TPP ${cmp(tpp, t.a2Tpp)} and performance density ${cmp(pd, t.a2Density)} ${cite}`);
    logic = '3A090.a';
  } else if (pd !== undefined) {
    reasons.push(
      `not 3A090.a.2: needs TPP ≥ ${fmt(t.a2Tpp)} and performance density ≥ ${t.a2Density} (TPP ${fmt(tpp)}, density ${fmt(pd)})`,
    );
    const b1 = tpp >= t.b1TppFrom && tpp < t.b1TppBelow && pd >= t.b1DensityFrom && pd < t.b1DensityBelow;
    const b2 = tpp >= t.b2Tpp && pd >= t.b2DensityFrom && pd < t.b2DensityBelow;
    if (b1) {
      reasons.push(
        `3A090.b.1: ${fmt(t.b1TppFrom)} ≤ TPP ${fmt(tpp)} < ${fmt(t.b1TppBelow)} and ${t.b1DensityFrom} ≤ density ${fmt(pd)} < ${t.b1DensityBelow} ${cite}`,
      );
      logic = '3A090.b';
    } else {
      reasons.push(
        `not 3A090.b.1: needs ${fmt(t.b1TppFrom)} ≤ TPP < ${fmt(t.b1TppBelow)} and ${t.b1DensityFrom} ≤ density < ${t.b1DensityBelow}`,
      );
      if (b2) {
        reasons.push(
          `3A090.b.2: TPP ${cmp(tpp, t.b2Tpp)} and ${t.b2DensityFrom} ≤ density ${fmt(pd)} < ${t.b2DensityBelow} ${cite}`,
        );
        logic = '3A090.b';
      } else {
        reasons.push(
          `not 3A090.b.2: needs TPP ≥ ${fmt(t.b2Tpp)} and ${t.b2DensityFrom} ≤ density < ${t.b2DensityBelow}`,
        );
      }
    }
  } else {
    reasons.push(`not 3A090.a.2, .b.1 or .b.2: TPP ${fmt(tpp)} < ${fmt(t.a2Tpp)}`);
  }
  if (logic !== null) {
    if (datacenter === false) {
      reasons.push(`not ${logic}: not designed or marketed for datacenters and TPP below 4,800 (${NOTE2})`);
    } else if (datacenter === true) {
      reasons.push(
        `designed or marketed for datacenters, so ${NOTE2.slice(NOTE2.indexOf(':') + 2)} does not take it out`,
      );
      return done(logic);
    } else {
      reasons.push(
        `${NOTE2}; whether the chip is designed or marketed for datacenters was not given, so it is kept in ${logic} (give datacenter: false to apply the Note)`,
      );
      return done(logic);
    }
  }
  const mbd = input.memoryBandwidthDensity;
  if (mbd === undefined) {
    reasons.push('3A090.c (high-bandwidth memory) not considered: no memory bandwidth density given');
  } else if (date < DEFINITIONS_3A090.hbm) {
    reasons.push(`3A090.c did not exist on ${date}: high-bandwidth memory was added on 2024-12-02 (89 FR 96790)`);
  } else if (mbd > t.cBandwidthDensityAbove) {
    reasons.push(
      `3A090.c: memory bandwidth density ${fmt(mbd)} GB/s/mm² > ${t.cBandwidthDensityAbove} (high-bandwidth memory) ${cite}`,
    );
    return done('3A090.c');
  } else {
    reasons.push(`not 3A090.c: memory bandwidth density ${fmt(mbd)} GB/s/mm² ≤ ${t.cBandwidthDensityAbove}`);
  }
  reasons.push('not 3A090 on these parameters');
  return done(null);
};
