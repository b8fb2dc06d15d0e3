import type { OwnershipEdge } from '../consortium/company.schema.ts';

/** One chain of ownership from an owner down to the company: ids from the top owner to the company. */
export type OwnershipChain = { path: string[]; percent: number };

export type ControlResult = {
  /** aggregate share, in percent, held by the owners that `isSource` selects */
  aggregatePercent: number;
  controlled: boolean;
  /** every chain that contributes, largest first */
  chains: OwnershipChain[];
  /** true when the walk stopped at the path limit (very dense graphs) */
  truncated: boolean;
};

export type ControlOptions = {
  /** the owners whose shares count (e.g. persons of a country of concern); the walk stops at them */
  isSource: (companyId: string) => boolean;
  thresholdPercent: number;
  /** at most this many chains are explored (default 100,000) */
  maxChains?: number;
};

/** Comparisons of percentages tolerate float noise of this size (0.5 × 0.5 × 200 ≠ 50 exactly in binary). */
export const PERCENT_TOLERANCE = 1e-9;

/**
 * Aggregate ownership of a company by selected owners over the ownership graph: along a chain the shares
 * multiply (A owns 60% of B, B owns 50% of C: A holds 30% of C); across chains they add. A chain ends at the
 * first selected owner (its own owners are not counted again). Cycles are cut: a chain never visits a company
 * twice. The result does not depend on the order of the edges (contributions are summed in a canonical order).
 */
export const controlOver = (
  companyId: string,
  edges: readonly OwnershipEdge[],
  options: ControlOptions,
): ControlResult => {
  const ownersOf = new Map<string, { ownerId: string; share: number }[]>();
  for (const edge of edges) {
    const list = ownersOf.get(edge.ownedId) ?? [];
    list.push({ ownerId: edge.ownerId, share: edge.sharePercent / 100 });
    ownersOf.set(edge.ownedId, list);
  }
  for (const list of ownersOf.values()) {
    list.sort((a, b) => a.ownerId.localeCompare(b.ownerId) || a.share - b.share);
  }
  const maxChains = options.maxChains ?? 100_000;
  const chains: OwnershipChain[] = [];
  let explored = 0;
  let truncated = false;
  // path is from the company upward: [companyId, owner, owner's owner, …]
  const walk = (current: string, fraction: number, path: string[], onPath: Set<string>): void => {
    for (const { ownerId, share } of ownersOf.get(current) ?? []) {
      if (onPath.has(ownerId)) continue;
      if (explored >= maxChains) {
        truncated = true;
        return;
      }
      explored += 1;
      const product = fraction * share;
      if (product <= 0) continue;
      const nextPath = [...path, ownerId];
      if (options.isSource(ownerId)) {
        chains.push({ path: [...nextPath].reverse(), percent: product * 100 });
        continue;
      }
      onPath.add(ownerId);
      walk(ownerId, product, nextPath, onPath);
      onPath.delete(ownerId);
    }
  };
  if (options.isSource(companyId)) {
    return { aggregatePercent: 100, controlled: true, chains: [{ path: [companyId], percent: 100 }], truncated };
  }
  walk(companyId, 1, [companyId], new Set([companyId]));
  const key = (c: OwnershipChain) => c.path.join('>');
  const canonical = [...chains].sort((a, b) => a.percent - b.percent || key(a).localeCompare(key(b)));
  const aggregatePercent = canonical.reduce((sum, c) => sum + c.percent, 0);
  return {
    aggregatePercent,
    controlled: aggregatePercent >= options.thresholdPercent - PERCENT_TOLERANCE,
    chains: canonical.reverse(),
    truncated,
  };
};

/** "Owner Co (CN) → 60% … → Member: 30.00%" style text for one chain. */
export const formatChain = (chain: OwnershipChain, label: (id: string) => string): string =>
  `${chain.path.map(label).join(' → ')} (${chain.percent.toFixed(2)}%)`;
