import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyChip } from './classify-chip.ts';

const eccnOf = (tpp: number, performanceDensity: number, memoryBandwidthDensity?: number) => {
  const result = classifyChip(
    {
      tpp,
      performanceDensity,
      ...(memoryBandwidthDensity === undefined ? {} : { memoryBandwidthDensity }),
    },
    D,
  );
  assert.ok(result.ok);
  return result.ok ? result.value : { eccn: 'error', reasons: [] };
};

const D = '2026-03-01';

describe('classifyChip', () => {
  const cases: [number, number, number | undefined, string | null][] = [
    [4800, 0, undefined, '3A090.a'], // a.1 boundary
    [4799.99, 1, undefined, null],
    [15800, 19.5, undefined, '3A090.a'],
    [1600, 5.92, undefined, '3A090.a'], // a.2 boundary
    [1599, 10, undefined, null],
    [1600, 5.91, undefined, '3A090.b'], // b.2
    [2400, 1.6, undefined, '3A090.b'], // b.1 boundary
    [2399, 1.6, undefined, null],
    [2400, 1.59, undefined, null],
    [4000, 3.2, undefined, '3A090.b'],
    [1600, 3.2, undefined, '3A090.b'], // b.2 boundary
    [1600, 3.19, undefined, null],
    [100, 0.5, 2.01, '3A090.c'],
    [100, 0.5, 2, null],
    [5000, 1, 3, '3A090.a'], // .a wins over .c
  ];
  for (const [tpp, density, bandwidth, expected] of cases) {
    it(`gives ${expected ?? 'not 3A090'} when TPP ${tpp}, density ${density}${bandwidth === undefined ? '' : `, bandwidth density ${bandwidth}`}`, () => {
      assert.equal(eccnOf(tpp, density, bandwidth).eccn, expected);
    });
  }

  it('shows the arithmetic in its reasons', () => {
    const { reasons } = eccnOf(4000, 3.2);
    assert.ok(reasons.some((r) => r.includes('4,000 < 4,800')));
    assert.ok(reasons.some((r) => r.startsWith('3A090.b.1') && r.includes('3.2')));
  });

  it('rejects negative or non-finite numbers', () => {
    assert.equal(classifyChip({ tpp: -1, performanceDensity: 1 }, D).ok, false);
    assert.equal(classifyChip({ tpp: Number.NaN, performanceDensity: 1 }, D).ok, false);
    assert.equal(classifyChip({ tpp: 1, performanceDensity: 1, memoryBandwidthDensity: Infinity }, D).ok, false);
  });

  it('rejects a date that is not a calendar date', () => {
    assert.equal(classifyChip({ tpp: 5000 }, '2026-02-30').ok, false);
  });
});

const classifyOn = (date: string, input: Parameters<typeof classifyChip>[0]) => {
  const result = classifyChip(input, date);
  assert.ok(result.ok);
  return result.ok ? result.value : { eccn: 'error', undetermined: false, definition: '', reasons: [] };
};

describe('classifyChip by date (the text of 3A090 in force)', () => {
  it('finds no 3A090 before 2022-10-21 and the 2022 test from that day', () => {
    const chip = { tpp: 5000, ioBandwidthGBs: 900, performanceDensity: 10 };
    assert.equal(classifyOn('2022-10-20', chip).eccn, null);
    assert.equal(classifyOn('2022-10-21', chip).eccn, '3A090');
  });

  it('applies the 2022 test (≥ 4800 TOPS × bit length and ≥ 600 GB/s I/O) until 2023-11-16', () => {
    assert.equal(classifyOn('2023-11-16', { tpp: 4800, ioBandwidthGBs: 600 }).eccn, '3A090');
    // an H800-like part: high TPP, I/O below 600 GB/s — outside the 2022 text, inside the 2023 one
    assert.equal(classifyOn('2023-11-16', { tpp: 15800, ioBandwidthGBs: 400 }).eccn, null);
    assert.equal(classifyOn('2023-11-17', { tpp: 15800, ioBandwidthGBs: 400 }).eccn, '3A090.a');
    const unknown = classifyOn('2023-06-01', { tpp: 15800 });
    assert.equal(unknown.eccn, null);
    assert.equal(unknown.undetermined, true);
  });

  it('applies TPP and performance density from 2023-11-17 (a chip below 4800 with density ≥ 5.92)', () => {
    const chip = { tpp: 2000, performanceDensity: 6, ioBandwidthGBs: 700 };
    assert.equal(classifyOn('2023-11-16', chip).eccn, null);
    assert.equal(classifyOn('2023-11-17', chip).eccn, '3A090.a');
  });

  it('says undetermined when TPP is between 1600 and 4800 and no density is given', () => {
    const c = classifyOn(D, { tpp: 3000 });
    assert.equal(c.eccn, null);
    assert.equal(c.undetermined, true);
  });

  it('applies Note 2: a non-datacenter part below TPP 4800 is outside .a and .b', () => {
    assert.equal(classifyOn(D, { tpp: 2000, performanceDensity: 6, datacenter: false }).eccn, null);
    assert.equal(classifyOn(D, { tpp: 4000, performanceDensity: 3.2, datacenter: false }).eccn, null);
    assert.equal(classifyOn(D, { tpp: 2000, performanceDensity: 6, datacenter: true }).eccn, '3A090.a');
    assert.equal(classifyOn(D, { tpp: 2000, performanceDensity: 6 }).eccn, '3A090.a');
    // at 4800 or more the Note does not take the chip out
    assert.equal(classifyOn(D, { tpp: 4800, performanceDensity: 1, datacenter: false }).eccn, '3A090.a');
  });

  it('never gives 3A090.c without a memory bandwidth density, and not before 2024-12-02', () => {
    const logic = classifyOn(D, { tpp: 1000, performanceDensity: 1 });
    assert.equal(logic.eccn, null);
    assert.ok(logic.reasons.some((r) => r.includes('no memory bandwidth density given')));
    assert.equal(classifyOn('2024-12-01', { tpp: 0, performanceDensity: 0, memoryBandwidthDensity: 3.3 }).eccn, null);
    assert.equal(
      classifyOn('2024-12-02', { tpp: 0, performanceDensity: 0, memoryBandwidthDensity: 3.3 }).eccn,
      '3A090.c',
    );
  });
});
