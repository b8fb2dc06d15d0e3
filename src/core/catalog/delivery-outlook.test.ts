import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deliveryOutlook } from './delivery-outlook.ts';

const hardware = [
  { product: 'Accelerator', eccn: '3A090.a', tpp: 5000, performanceDensity: 6 },
  { product: 'Switch', eccn: '5A992.c' },
];

describe('deliveryOutlook', () => {
  it('needs no licence to an A:5 destination, item by item', () => {
    const outlook = deliveryOutlook({ hardware, country: 'JP', date: '2026-11-28' });
    assert.ok(outlook.ok);
    assert.equal(outlook.value.licenseRequired, false);
    assert.deepEqual(
      outlook.value.items.map((i) => [i.product, i.licenseRequired]),
      [
        ['Accelerator', false],
        ['Switch', false],
      ],
    );
  });

  it('names the rule and citation when an advanced chip needs a licence', () => {
    const outlook = deliveryOutlook({ hardware, country: 'CN', date: '2026-11-28' });
    assert.ok(outlook.ok);
    assert.equal(outlook.value.licenseRequired, true);
    const chip = outlook.value.items[0]!;
    assert.equal(chip.licenseRequired, true);
    assert.ok(chip.reasons.length > 0 && chip.reasons.every((r) => r.citation.section.length > 0));
  });

  it('passes bad input back as an error', () => {
    const outlook = deliveryOutlook({ hardware, country: 'Atlantis', date: '2026-11-28' });
    assert.equal(outlook.ok ? null : outlook.error.code, 'invalid_input');
  });
});
