import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeLpFormat } from './lp-format.ts';
import type { MipModel } from './mip-model.ts';

describe('writeLpFormat', () => {
  it('writes objective, rows, bounds, generals and binaries in CPLEX LP format', () => {
    const model: MipModel = {
      sense: 'maximize',
      variables: [
        { name: 'a', type: 'binary' },
        { name: 'b', type: 'integer', upper: 5 },
        { name: 'c', type: 'continuous', lower: -1.5 },
        { name: 'd', type: 'binary', lower: 1 },
      ],
      objective: [
        { variable: 0, coefficient: 3 },
        { variable: 1, coefficient: -0.25 },
        { variable: 2, coefficient: 1 },
      ],
      constraints: [
        {
          name: 'cap',
          terms: [
            { variable: 0, coefficient: 1 },
            { variable: 1, coefficient: 2 },
          ],
          sense: '<=',
          rhs: 4,
        },
        { name: 'floor', terms: [{ variable: 2, coefficient: -1 }], sense: '>=', rhs: -3 },
        { name: 'empty', terms: [], sense: '=', rhs: 0 },
      ],
    };
    assert.equal(
      writeLpFormat(model),
      [
        'Maximize',
        ' obj: 3 x0 - 0.25 x1 + x2',
        'Subject To',
        ' r0: x0 + 2 x1 <= 4',
        ' r1: - x2 >= -3',
        ' r2: 0 x0 = 0',
        'Bounds',
        ' 0 <= x1 <= 5',
        ' -1.5 <= x2 <= +inf',
        ' 1 <= x3 <= 1',
        'General',
        ' x1 x3',
        'Binary',
        ' x0',
        'End',
        '',
      ].join('\n'),
    );
  });

  it('wraps long rows under 200 characters', () => {
    const n = 500;
    const model: MipModel = {
      sense: 'minimize',
      variables: Array.from({ length: n }, (_, i) => ({ name: `v${i}`, type: 'binary' as const })),
      objective: Array.from({ length: n }, (_, i) => ({ variable: i, coefficient: i + 0.5 })),
      constraints: [
        {
          name: 'all',
          terms: Array.from({ length: n }, (_, i) => ({ variable: i, coefficient: 1 })),
          sense: '=',
          rhs: 3,
        },
      ],
    };
    const lines = writeLpFormat(model).split('\n');
    assert.ok(lines.length > 20);
    assert.ok(lines.every((line) => line.length <= 200));
  });

  it('refuses a non-finite coefficient', () => {
    assert.throws(
      () =>
        writeLpFormat({
          sense: 'minimize',
          variables: [{ name: 'a', type: 'continuous' }],
          objective: [{ variable: 0, coefficient: Number.NaN }],
          constraints: [],
        }),
      /non-finite/,
    );
  });
});
