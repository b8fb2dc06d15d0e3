import type { OwnershipEdge } from './company.schema.ts';
import { walkOwnershipGraph } from './walk-ownership-graph.ts';

/** An owner in a company's ownership graph: how many edges up, and the share it holds directly and in all. */
export type OwnershipNode = {
  companyId: string;
  /** 0 for the company itself, 1 for its direct owners, 2 for their owners, … (the least over the chains) */
  depth: number;
  /** the share of the company held directly (an edge to it), or null */
  directPercent: number | null;
  /** the share of the company held directly and through other owners (shares multiply along a chain, add across) */
  effectivePercent: number;
};

export type OwnershipGraph = { nodes: OwnershipNode[]; edges: OwnershipEdge[] };

/**
 * The ownership graph above one company: every owner reached (breadth-first), the edges among them, and each
 * owner's direct and effective (direct plus indirect) share of the company. A cycle in stored data is cut:
 * a chain never visits a company twice.
 */
export const ownershipGraphOf = (companyId: string, allEdges: readonly OwnershipEdge[]): OwnershipGraph => {
  const walk = walkOwnershipGraph([companyId], allEdges);
  const inGraph = new Set(walk.ids);
  const edges = walk.edges.filter((e) => inGraph.has(e.ownerId));
  const owned = new Map<string, OwnershipEdge[]>();
  for (const edge of edges) owned.set(edge.ownerId, [...(owned.get(edge.ownerId) ?? []), edge]);
  // effective fraction of the company held by `id`: the sum over what it owns of share × that one's fraction
  const fractionOf = (id: string, onPath: ReadonlySet<string>): number => {
    if (id === companyId) return 1;
    let sum = 0;
    for (const edge of owned.get(id) ?? []) {
      if (onPath.has(edge.ownedId)) continue;
      sum += (edge.sharePercent / 100) * fractionOf(edge.ownedId, new Set([...onPath, edge.ownedId]));
    }
    return sum;
  };
  const direct = new Map(edges.filter((e) => e.ownedId === companyId).map((e) => [e.ownerId, e.sharePercent]));
  const round = (percent: number) => Math.round(percent * 1e6) / 1e6;
  const nodes: OwnershipNode[] = [
    { companyId, depth: 0, directPercent: null, effectivePercent: 100 },
    ...walk.owners.map((owner) => ({
      companyId: owner.companyId,
      depth: owner.depth,
      directPercent: direct.get(owner.companyId) ?? null,
      effectivePercent: round(fractionOf(owner.companyId, new Set([owner.companyId])) * 100),
    })),
  ];
  return { nodes, edges };
};

/** Whether recording "ownerId owns ownedId" would close a cycle: ownedId already owns ownerId, directly or not. */
export const wouldCreateCycle = (
  edges: readonly OwnershipEdge[],
  edge: { ownerId: string; ownedId: string },
): boolean => edge.ownerId === edge.ownedId || walkOwnershipGraph([edge.ownerId], edges).ids.includes(edge.ownedId);
