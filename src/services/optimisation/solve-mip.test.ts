import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MipModel } from '../../core/optimisation/mip-model.ts';
import { solveMip } from './solve-mip.ts';

/** Knapsack: values 10, 13, 7, 8; weights 5, 7, 4, 3; capacity 10. */
const knapsack: MipModel = {
  sense: 'maximize',
  variables: [0, 1, 2, 3].map((i) => ({ name: `item ${i}`, type: 'binary' as const })),
  objective: [10, 13, 7, 8].map((coefficient, variable) => ({ variable, coefficient })),
  constraints: [
    {
      name: 'capacity',
      terms: [5, 7, 4, 3].map((coefficient, variable) => ({ variable, coefficient })),
      sense: '<=',
      rhs: 10,
    },
  ],
};
// Subsets within weight 10: {0,2} 17 (w9), {0,3} 18 (w8), {1,3} 21 (w10), {2,3} 15 (w7), {0} … : best {1,3} = 21.

describe('solveMip', () => {
  for (const via of ['data', 'lp'] as const)
    it(`finds the optimum of a small knapsack known by hand (via ${via})`, async () => {
      const result = await solveMip(knapsack, { via });
      assert.ok(result.ok);
      const { outcome } = result.value;
      assert.equal(outcome.status, 'optimal');
      if (outcome.status !== 'optimal') return;
      assert.equal(outcome.objective, 21);
      assert.deepEqual([...outcome.values].map(Math.round), [0, 1, 0, 1]);
    });

  it('solves a continuous and integer mix with = and ≥ rows and a general integer', async () => {
    // minimise 2x + 3y + z; x + y = 4.5; y - z >= 1; y integer in [0, 3]; x, z ≥ 0 → y = 3? cost: x=4.5-y
    // cost = 2(4.5 - y) + 3y + z = 9 + y + z with z ≥ 0, y ≥ 1 (z ≥ 0 → y ≥ 1): y = 1, z = 0, x = 3.5, cost 10.
    const result = await solveMip({
      sense: 'minimize',
      variables: [
        { name: 'x', type: 'continuous' },
        { name: 'y', type: 'integer', upper: 3 },
        { name: 'z', type: 'continuous' },
      ],
      objective: [
        { variable: 0, coefficient: 2 },
        { variable: 1, coefficient: 3 },
        { variable: 2, coefficient: 1 },
      ],
      constraints: [
        {
          name: 'sum',
          terms: [
            { variable: 0, coefficient: 1 },
            { variable: 1, coefficient: 1 },
          ],
          sense: '=',
          rhs: 4.5,
        },
        {
          name: 'gap',
          terms: [
            { variable: 1, coefficient: 1 },
            { variable: 2, coefficient: -1 },
          ],
          sense: '>=',
          rhs: 1,
        },
      ],
    });
    assert.ok(result.ok);
    const { outcome } = result.value;
    assert.equal(outcome.status, 'optimal');
    if (outcome.status !== 'optimal') return;
    assert.ok(Math.abs(outcome.objective - 10) < 1e-9);
    assert.deepEqual(
      [...outcome.values].map((v) => Math.round(v * 10) / 10),
      [3.5, 1, 0],
    );
  });

  it('reports infeasible as an outcome, not an error', async () => {
    const result = await solveMip({
      sense: 'maximize',
      variables: [
        { name: 'a', type: 'binary' },
        { name: 'b', type: 'binary' },
      ],
      objective: [],
      constraints: [
        {
          name: 'both',
          terms: [
            { variable: 0, coefficient: 1 },
            { variable: 1, coefficient: 1 },
          ],
          sense: '>=',
          rhs: 3,
        },
      ],
    });
    assert.ok(result.ok);
    assert.ok(['infeasible', 'infeasible-or-unbounded'].includes(result.value.outcome.status));
  });

  it('reports an unbounded programme', async () => {
    const result = await solveMip({
      sense: 'maximize',
      variables: [{ name: 'a', type: 'continuous' }],
      objective: [{ variable: 0, coefficient: 1 }],
      constraints: [{ name: 'floor', terms: [{ variable: 0, coefficient: 1 }], sense: '>=', rhs: 1 }],
    });
    assert.ok(result.ok);
    assert.ok(['unbounded', 'infeasible-or-unbounded'].includes(result.value.outcome.status));
  });

  it('returns an error value for a model it cannot write', async () => {
    const result = await solveMip(
      {
        sense: 'maximize',
        variables: [{ name: 'a', type: 'binary' }],
        objective: [{ variable: 0, coefficient: Number.POSITIVE_INFINITY }],
        constraints: [],
      },
      { via: 'lp' },
    );
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.error.code, 'internal_error');
  });
});
