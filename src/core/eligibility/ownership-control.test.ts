import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { OwnershipEdge } from '../consortium/company.schema.ts';
import { controlOver, formatChain } from './ownership-control.ts';

const ids = ['m', 'a', 'b', 'c', 'd', 'x', 'y'];
const concern = new Set(['x', 'y']);
const options = { isSource: (id: string) => concern.has(id), thresholdPercent: 50 };

const edgeArbitrary = fc
  .record({
    ownerId: fc.constantFrom(...ids),
    ownedId: fc.constantFrom(...ids.filter((id) => !concern.has(id))),
    sharePercent: fc.integer({ min: 1, max: 100 }),
  })
  .filter((e) => e.ownerId !== e.ownedId);

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

describe('controlOver', () => {
  it('does not depend on the order of the edges', () => {
    fc.assert(
      fc.property(fc.array(edgeArbitrary, { maxLength: 14 }), fc.integer(), (edges, seed) => {
        const shuffled = [...edges].sort(
          (p, q) =>
            ((ids.indexOf(p.ownerId) * 31 + p.sharePercent + seed) % 7) -
            ((ids.indexOf(q.ownerId) * 31 + q.sharePercent + seed) % 7),
        );
        const a = controlOver('m', edges, options);
        const b = controlOver('m', [...shuffled].reverse(), options);
        assert.equal(a.aggregatePercent, b.aggregatePercent);
        assert.equal(a.controlled, b.controlled);
      }),
    );
  });

  it('counts 50% × 50% as 50%: a 50%-owned entity passes its whole stake on (controlled)', () => {
    const result = controlOver(
      'm',
      [
        { ownerId: 'x', ownedId: 'a', sharePercent: 50 },
        { ownerId: 'a', ownedId: 'm', sharePercent: 50 },
      ],
      options,
    );
    assert.equal(result.aggregatePercent, 50);
    assert.equal(result.controlled, true);
    assert.equal(result.arithmetic, 'ofac-50-percent-rule');
    assert.deepEqual(result.chains[0]?.path, ['x', 'a', 'm']);
    assert.equal(result.lookThroughPercent, 25);
  });

  it('adds the stakes of two 50%-owned parents holding 25% each to 50% (controlled)', () => {
    const result = controlOver(
      'm',
      [
        { ownerId: 'x', ownedId: 'a', sharePercent: 50 },
        { ownerId: 'x', ownedId: 'b', sharePercent: 50 },
        { ownerId: 'a', ownedId: 'm', sharePercent: 25 },
        { ownerId: 'b', ownedId: 'm', sharePercent: 25 },
      ],
      options,
    );
    assert.equal(result.aggregatePercent, 50);
    assert.equal(result.controlled, true);
    assert.deepEqual(
      result.chains.map((c) => c.path),
      [
        ['x', 'a', 'm'],
        ['x', 'b', 'm'],
      ],
    );
  });

  it('counts a 40%-owned holdco × 80% plus 20% direct as 20%: not controlled, review recommended', () => {
    const result = controlOver(
      'm',
      [
        { ownerId: 'x', ownedId: 'a', sharePercent: 40 },
        { ownerId: 'a', ownedId: 'm', sharePercent: 80 },
        { ownerId: 'x', ownedId: 'm', sharePercent: 20 },
      ],
      options,
    );
    assert.equal(result.aggregatePercent, 20);
    assert.equal(result.controlled, false);
    assert.equal(result.reviewRecommended, true);
    assert.deepEqual(
      result.chains.map((c) => c.path),
      [['x', 'm']],
    );
    assert.deepEqual(
      result.excludedChains.map((c) => [c.path, Math.round(c.percent)]),
      [[['x', 'a', 'm'], 32]],
    );
    assert.ok(close(result.lookThroughPercent, 52));
  });

  it('adds stakes of several owners of concern, and a 50% stake made of several owners passes on', () => {
    const result = controlOver(
      'm',
      [
        { ownerId: 'x', ownedId: 'a', sharePercent: 30 },
        { ownerId: 'y', ownedId: 'a', sharePercent: 20 },
        { ownerId: 'a', ownedId: 'm', sharePercent: 35 },
        { ownerId: 'y', ownedId: 'm', sharePercent: 15 },
      ],
      options,
    );
    assert.equal(result.aggregatePercent, 50);
    assert.equal(result.controlled, true);
  });

  it('passes on along a longer chain only while every entity is owned 50% or more', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }), (shares) => {
        // x owns d, d owns c, …, the last owns m: shares[0] is the stake in m, shares[last] the stake x holds
        const chain = ['m', 'a', 'b', 'c', 'd'].slice(0, shares.length);
        const edges: OwnershipEdge[] = shares.map((share, i) => ({
          ownerId: i + 1 < shares.length ? (chain[i + 1] ?? 'x') : 'x',
          ownedId: chain[i] ?? 'm',
          sharePercent: share,
        }));
        const passes = shares.slice(1).every((s) => s >= 50);
        const result = controlOver('m', edges, options);
        assert.equal(result.aggregatePercent, passes ? shares[0] : 0);
        assert.equal(result.controlled, passes && (shares[0] ?? 0) >= 50);
        assert.ok(close(result.lookThroughPercent, shares.reduce((p, s) => p * (s / 100), 1) * 100));
        assert.equal(result.chains.length + result.excludedChains.length, 1);
      }),
    );
  });

  it('is controlled through control without equity, naming the basis', () => {
    const result = controlOver('m', [{ ownerId: 'x', ownedId: 'm', sharePercent: 10 }], {
      ...options,
      controls: [{ controllerId: 'x', controlledId: 'm', basis: 'board_seats', detail: 'appoints 3 of 5 directors' }],
    });
    assert.equal(result.controlled, true);
    assert.equal(result.aggregatePercent, 10);
    assert.deepEqual(result.controlBasis, [
      { controllerId: 'x', basis: 'board_seats', detail: 'appoints 3 of 5 directors' },
    ]);
  });

  it('passes on the whole stake of an entity controlled without equity by a person of concern', () => {
    const result = controlOver('m', [{ ownerId: 'a', ownedId: 'm', sharePercent: 60 }], {
      ...options,
      controls: [{ controllerId: 'x', controlledId: 'a', basis: 'veto_rights', detail: 'veto over the budget' }],
    });
    assert.equal(result.aggregatePercent, 60);
    assert.equal(result.controlled, true);
    assert.deepEqual(result.chains[0]?.path, ['x', 'a', 'm']);
    assert.equal(
      formatChain(result.chains[0]!, (id) => id.toUpperCase()),
      'X —controls (veto rights)→ A —60%→ M (60.00%)',
    );
  });

  it('ignores control held by someone not of concern', () => {
    const result = controlOver('m', [], {
      ...options,
      controls: [{ controllerId: 'a', controlledId: 'm', basis: 'voting_agreement', detail: 'votes 60% of shares' }],
    });
    assert.equal(result.controlled, false);
    assert.equal(result.reviewRecommended, false);
  });

  it('terminates on cycles and counts each simple chain once', () => {
    const edges: OwnershipEdge[] = [
      { ownerId: 'a', ownedId: 'b', sharePercent: 50 },
      { ownerId: 'b', ownedId: 'a', sharePercent: 50 },
      { ownerId: 'a', ownedId: 'm', sharePercent: 100 },
      { ownerId: 'x', ownedId: 'b', sharePercent: 80 },
    ];
    const result = controlOver('m', edges, options);
    // x → b (80%: b counts) → a (50%: a counts) → m (100%)
    assert.equal(result.aggregatePercent, 100);
    assert.equal(result.controlled, true);
    assert.ok(close(result.lookThroughPercent, 40));
  });

  it('stays bounded on any graph, cycles included', () => {
    fc.assert(
      fc.property(fc.array(edgeArbitrary, { maxLength: 20 }), (edges) => {
        const result = controlOver('m', edges, options);
        assert.ok(Number.isFinite(result.aggregatePercent) && result.aggregatePercent >= 0);
        for (const chain of result.chains) assert.equal(new Set(chain.path).size, chain.path.length);
      }),
    );
  });

  it('never attributes a cycle of entities owning one another to itself', () => {
    const result = controlOver(
      'm',
      [
        { ownerId: 'a', ownedId: 'b', sharePercent: 60 },
        { ownerId: 'b', ownedId: 'a', sharePercent: 60 },
        { ownerId: 'a', ownedId: 'm', sharePercent: 100 },
      ],
      options,
    );
    assert.equal(result.controlled, false);
    assert.equal(result.aggregatePercent, 0);
  });

  it('is controlled at exactly 50% and not at 49.99%', () => {
    const at = (share: number) =>
      controlOver('m', [{ ownerId: 'x', ownedId: 'm', sharePercent: share }], options).controlled;
    assert.equal(at(50), true);
    assert.equal(at(49.99), false);
    // 50% reached through float arithmetic (70% × 71.42857…% ≈ 50%) still counts
    const viaChain = controlOver(
      'm',
      [
        { ownerId: 'x', ownedId: 'a', sharePercent: 50 },
        { ownerId: 'a', ownedId: 'm', sharePercent: 100 },
      ],
      options,
    );
    assert.equal(viaChain.controlled, true);
  });

  it('treats a company that is itself of concern as fully controlled', () => {
    assert.equal(controlOver('x', [], options).aggregatePercent, 100);
  });
});
