import type { OwnershipEdge } from './company.schema.ts';

/** An owner reached from the start companies, and how many ownership edges up from the nearest of them. */
export type ReachedOwner = { companyId: string; depth: number };

export type OwnershipWalk = {
  /** the start companies, then every owner reached, in breadth-first order, each once */
  ids: string[];
  /** the owners reached that are not start companies, in breadth-first order, with their least depth */
  owners: ReachedOwner[];
  /** every edge that owns a company in `ids` (so the shares among them), in the order the walk took them */
  edges: OwnershipEdge[];
};

/**
 * Walks the ownership graph upward from the start companies (e.g. a consortium's members): their owners,
 * the owners' owners, and so on, breadth-first. Every company is visited once, so cycles end the walk and
 * a start company reached as someone's owner stays a start company. Shares do not prune the walk: an edge
 * of any share is followed and kept with its share.
 */
export const walkOwnershipGraph = (startIds: readonly string[], edges: readonly OwnershipEdge[]): OwnershipWalk => {
  const ownersOf = new Map<string, OwnershipEdge[]>();
  for (const edge of edges) {
    const list = ownersOf.get(edge.ownedId);
    if (list) list.push(edge);
    else ownersOf.set(edge.ownedId, [edge]);
  }
  const depthOf = new Map<string, number>();
  for (const id of startIds) if (!depthOf.has(id)) depthOf.set(id, 0);
  const queue = [...depthOf.keys()];
  const owners: ReachedOwner[] = [];
  const used: OwnershipEdge[] = [];
  for (let next = 0; next < queue.length; next++) {
    const owned = queue[next]!;
    const depth = depthOf.get(owned)! + 1;
    for (const edge of ownersOf.get(owned) ?? []) {
      used.push(edge);
      if (depthOf.has(edge.ownerId)) continue;
      depthOf.set(edge.ownerId, depth);
      owners.push({ companyId: edge.ownerId, depth });
      queue.push(edge.ownerId);
    }
  }
  return { ids: queue, owners, edges: used };
};
