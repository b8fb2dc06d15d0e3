import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { redactBci } from './redact-bci.ts';

describe('redactBci', () => {
  const content = {
    title: 'T',
    financing: [{ amountUsd: 5 }],
    layers: {
      hardware: [
        { product: 'A', valueUsd: 1 },
        { product: 'B', valueUsd: 2 },
      ],
    },
    operatingModel: { owner: { name: 'O' }, description: 'secret' },
  };

  it('removes named fields, with * for every array item', () => {
    const out = redactBci(content, ['financing', 'layers.hardware.*.valueUsd', 'operatingModel.description']);
    assert.deepEqual(out, {
      title: 'T',
      layers: { hardware: [{ product: 'A' }, { product: 'B' }] },
      operatingModel: { owner: { name: 'O' } },
    });
  });

  it('leaves the input untouched', () => {
    redactBci(content, ['title']);
    assert.equal(content.title, 'T');
  });

  it('blanks a whole array item so numbering stays stable', () => {
    const out = redactBci(content, ['layers.hardware.0']);
    assert.deepEqual(out.layers.hardware, [null, { product: 'B', valueUsd: 2 }]);
  });

  it('ignores paths that do not exist', () => {
    assert.deepEqual(redactBci(content, ['nothing.here', 'layers.models.*.name']), content);
  });
});
