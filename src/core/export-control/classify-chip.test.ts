import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyChip } from './classify-chip.ts';

const eccnOf = (tpp: number, performanceDensity: number, memoryBandwidthDensity?: number) => {
  const result = classifyChip({
    tpp,
    performanceDensity,
    ...(memoryBandwidthDensity === undefined ? {} : { memoryBandwidthDensity }),
  });
  assert.ok(result.ok);
  return result.ok ? result.value : { eccn: 'error', reasons: [] };
};

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
    assert.equal(classifyChip({ tpp: -1, performanceDensity: 1 }).ok, false);
    assert.equal(classifyChip({ tpp: Number.NaN, performanceDensity: 1 }).ok, false);
    assert.equal(classifyChip({ tpp: 1, performanceDensity: 1, memoryBandwidthDensity: Infinity }).ok, false);
  });
});
