import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OwnershipEdge } from './company.schema.ts';
import { walkOwnershipGraph } from './walk-ownership-graph.ts';

const edge = (ownerId: string, ownedId: string, sharePercent: number): OwnershipEdge => ({
  ownerId,
  ownedId,
  sharePercent,
});

describe('walkOwnershipGraph', () => {
  it('reaches owners of owners with their depth when the graph is a chain', () => {
    const edges = [edge('parent', 'member', 60), edge('grandparent', 'parent', 50), edge('unrelated', 'other', 100)];
    const walk = walkOwnershipGraph(['member'], edges);
    assert.deepEqual(walk.ids, ['member', 'parent', 'grandparent']);
    assert.deepEqual(walk.owners, [
      { companyId: 'parent', depth: 1 },
      { companyId: 'grandparent', depth: 2 },
    ]);
    assert.deepEqual(walk.edges, [edge('parent', 'member', 60), edge('grandparent', 'parent', 50)]);
  });

  it('keeps every edge with its share when two owners share a company', () => {
    const edges = [edge('a', 'member', 30), edge('b', 'member', 70), edge('c', 'a', 0.5)];
    const walk = walkOwnershipGraph(['member'], edges);
    assert.deepEqual(
      walk.edges.map((e) => [e.ownerId, e.ownedId, e.sharePercent]),
      [
        ['a', 'member', 30],
        ['b', 'member', 70],
        ['c', 'a', 0.5],
      ],
    );
    assert.deepEqual(
      walk.owners.map((o) => o.companyId),
      ['a', 'b', 'c'],
    );
  });

  it('follows an edge whatever its share when the share is zero', () => {
    const walk = walkOwnershipGraph(['member'], [edge('dormant', 'member', 0)]);
    assert.deepEqual(walk.owners, [{ companyId: 'dormant', depth: 1 }]);
  });

  it('gives an owner its least depth when it is reached along paths of different length', () => {
    const edges = [edge('mid', 'member', 50), edge('top', 'mid', 50), edge('top', 'member', 10)];
    const walk = walkOwnershipGraph(['member'], edges);
    assert.deepEqual(walk.owners, [
      { companyId: 'mid', depth: 1 },
      { companyId: 'top', depth: 1 },
    ]);
    assert.equal(walk.edges.length, 3);
  });

  it('ends and visits each company once when the graph has a cycle', () => {
    const edges = [edge('b', 'a', 50), edge('c', 'b', 50), edge('a', 'c', 50), edge('b', 'b2', 1)];
    const walk = walkOwnershipGraph(['a'], edges);
    assert.deepEqual(walk.ids, ['a', 'b', 'c']);
    assert.deepEqual(
      walk.owners.map((o) => [o.companyId, o.depth]),
      [
        ['b', 1],
        ['c', 2],
      ],
    );
    assert.deepEqual(walk.edges, [edge('b', 'a', 50), edge('c', 'b', 50), edge('a', 'c', 50)]);
  });

  it('ends when a company owns part of itself', () => {
    const walk = walkOwnershipGraph(['a'], [edge('a', 'a', 5)]);
    assert.deepEqual(walk, { ids: ['a'], owners: [], edges: [edge('a', 'a', 5)] });
  });

  it('does not list a start company as an owner when one member owns another', () => {
    const edges = [edge('member-2', 'member-1', 40), edge('holding', 'member-2', 100)];
    const walk = walkOwnershipGraph(['member-1', 'member-2'], edges);
    assert.deepEqual(walk.ids, ['member-1', 'member-2', 'holding']);
    assert.deepEqual(walk.owners, [{ companyId: 'holding', depth: 1 }]);
    assert.equal(walk.edges.length, 2);
  });

  it('counts each start company once when it is given twice', () => {
    const walk = walkOwnershipGraph(['m', 'm'], [edge('o', 'm', 10)]);
    assert.deepEqual(walk.ids, ['m', 'o']);
    assert.equal(walk.edges.length, 1);
  });

  it('gives only the start companies when there are no edges', () => {
    assert.deepEqual(walkOwnershipGraph(['m'], []), { ids: ['m'], owners: [], edges: [] });
    assert.deepEqual(walkOwnershipGraph([], [edge('o', 'm', 10)]), { ids: [], owners: [], edges: [] });
  });
});
