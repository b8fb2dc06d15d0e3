import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ownershipGraphOf, wouldCreateCycle } from './ownership-graph.ts';

const edge = (ownerId: string, ownedId: string, sharePercent: number) => ({ ownerId, ownedId, sharePercent });

describe('ownershipGraphOf', () => {
  it('multiplies shares along a chain and adds them across chains', () => {
    // P owns 60% of A and 20% of C; A owns 50% of C
    const graph = ownershipGraphOf('C', [
      edge('A', 'C', 50),
      edge('P', 'A', 60),
      edge('P', 'C', 20),
      edge('X', 'Y', 10),
    ]);
    const byId = new Map(graph.nodes.map((n) => [n.companyId, n]));
    assert.deepEqual(byId.get('C'), { companyId: 'C', depth: 0, directPercent: null, effectivePercent: 100 });
    assert.deepEqual(byId.get('A'), { companyId: 'A', depth: 1, directPercent: 50, effectivePercent: 50 });
    assert.deepEqual(byId.get('P'), { companyId: 'P', depth: 1, directPercent: 20, effectivePercent: 50 });
    assert.equal(byId.has('X'), false);
    assert.equal(graph.edges.length, 3);
  });

  it('cuts a cycle in stored data instead of looping', () => {
    const graph = ownershipGraphOf('A', [edge('B', 'A', 50), edge('A', 'B', 50)]);
    assert.equal(graph.nodes.find((n) => n.companyId === 'B')?.effectivePercent, 50);
  });
});

describe('wouldCreateCycle', () => {
  it('finds a cycle through an indirect owner and none for an unrelated company', () => {
    const edges = [edge('B', 'A', 50), edge('C', 'B', 50)];
    assert.equal(wouldCreateCycle(edges, { ownerId: 'A', ownedId: 'C' }), true);
    assert.equal(wouldCreateCycle(edges, { ownerId: 'D', ownedId: 'C' }), false);
    assert.equal(wouldCreateCycle(edges, { ownerId: 'A', ownedId: 'A' }), true);
  });
});
