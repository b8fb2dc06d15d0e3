import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { HardwareItem } from '../package/proposal.schema.ts';
import { formatPercentDown, usContent } from './us-content.ts';

const item = (valueUsd: number, usOriginSharePercent: number): HardwareItem => ({
  category: 'chip',
  product: 'chip',
  maker: 'maker',
  eccn: '3A090.a',
  originCountry: 'US',
  valueUsd,
  quantity: 1,
  usOriginSharePercent,
});

describe('usContent', () => {
  it('reports no hardware when the layer is empty', () => {
    assert.deepEqual(usContent([], 51), { status: 'no_hardware' });
  });

  it('reports zero value when every item is worth $0', () => {
    assert.deepEqual(usContent([item(0, 100), item(0, 0)], 51), { status: 'zero_value', itemCount: 2 });
  });

  it('weights the U.S. share by value', () => {
    const result = usContent([item(300, 100), item(100, 0)], 51);
    assert.equal(result.status, 'computed');
    if (result.status === 'computed') {
      assert.equal(result.percent, 75);
      assert.equal(result.meetsThreshold, true);
    }
  });

  it('counts zero-value items as weightless', () => {
    const result = usContent([item(100, 60), item(0, 0)], 51);
    assert.ok(result.status === 'computed' && result.percent === 60);
  });

  it('meets the threshold at exactly 51%', () => {
    const result = usContent([item(51, 100), item(49, 0)], 51);
    assert.ok(result.status === 'computed' && result.meetsThreshold && result.percentShown === '51.00');
  });

  it('never rounds a share just below the threshold up to it', () => {
    const result = usContent([item(50_996, 100), item(49_004, 0)], 51);
    assert.ok(result.status === 'computed');
    if (result.status === 'computed') {
      assert.equal(result.meetsThreshold, false);
      assert.equal(result.percentShown, '50.99');
    }
  });

  it('tolerates float noise at the threshold (0.1 + 0.2 style sums)', () => {
    const result = usContent([item(0.1, 100), item(0.2, 100), item(0.7, 30)], 51);
    assert.ok(result.status === 'computed' && result.meetsThreshold && result.percentShown === '51.00');
  });

  it('formats percentages down to two decimals', () => {
    assert.equal(formatPercentDown(78.8235), '78.82');
    assert.equal(formatPercentDown(100), '100.00');
    assert.equal(formatPercentDown(0), '0.00');
  });
});
