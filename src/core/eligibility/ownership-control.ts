import type { ControlRelation, OwnershipEdge } from '../consortium/company.schema.ts';

/** The arithmetic a control finding uses, named in the finding (its citation: PROGRAM_RULES.controlArithmetic). */
export const CONTROL_ARITHMETIC = {
  id: 'ofac-50-percent-rule',
  name: 'OFAC 50% rule aggregation',
  description:
    'an entity owned 50% or more, in the aggregate, by persons of a country of concern counts as theirs in full and its whole stake passes on; the holdings of an entity owned less than 50% do not pass on; the stakes of several such owners add up',
} as const;

/** One link of a chain: owner holds sharePercent of owned (equity), or controls it without equity (basis). */
export type ChainLink = { ownerId: string; ownedId: string; sharePercent: number | null; basis?: string };

/**
 * One chain from an owner of concern down to the company: ids from the top owner to the company, the links with
 * their shares, and `percent`, the stake of the chain's last owner in the company that counts for the company
 * (the whole last link's share when every entity on the way counts as the concern's; 100 for control without
 * equity). Chains through the same direct owner share that owner's stake: the aggregate adds each direct owner once.
 */
export type OwnershipChain = { path: string[]; percent: number; links?: ChainLink[] };

export type ControlResult = {
  /** aggregate share, in percent, held by owners of concern and entities counting as theirs (OFAC 50% rule) */
  aggregatePercent: number;
  controlled: boolean;
  /** every chain that passes on, largest first */
  chains: OwnershipChain[];
  /** true when the walk stopped at the path limit (very dense graphs) */
  truncated: boolean;
  /** chains of concern that do not pass on (through an entity owned below the threshold), largest first */
  excludedChains: OwnershipChain[];
  /** shares multiplied along every chain and added across (indirect exposure, for review; not the OFAC figure) */
  lookThroughPercent: number;
  /** the control without equity that makes the company the concern's (e.g. board seats held from a country of concern) */
  controlBasis: { controllerId: string; basis: string; detail: string }[];
  /** not controlled, but owners of concern hold something (directly, or through entities below the threshold) */
  reviewRecommended: boolean;
  arithmetic: typeof CONTROL_ARITHMETIC.id;
};

export type ControlOptions = {
  /** the owners whose shares count (e.g. persons of a country of concern) */
  isSource: (companyId: string) => boolean;
  thresholdPercent: number;
  /** control without equity (board seats, voting agreements, veto rights): the controlled entity counts in full */
  controls?: readonly ControlRelation[];
  /** at most this many chains are explored (default 100,000) */
  maxChains?: number;
};

/** Comparisons of percentages tolerate float noise of this size (0.5 × 0.5 × 200 ≠ 50 exactly in binary). */
export const PERCENT_TOLERANCE = 1e-9;

const BASIS_WORDS: Record<string, string> = {
  board_seats: 'board seats',
  voting_agreement: 'voting agreement',
  veto_rights: 'veto rights',
  other: 'other control',
};

/** Readable words for a control basis code. */
export const controlBasisWords = (basis: string): string => BASIS_WORDS[basis] ?? basis.replace(/_/g, ' ');

type Attribution = { reason: 'source' } | { reason: 'owned'; percent: number } | { reason: 'controlled' };

/**
 * The entities that count as the concern's: the sources, then (to a fixed point) every entity controlled
 * without equity by one that counts, or owned 50% or more (the threshold) in the aggregate by those that count.
 * The least fixed point: a cycle of entities owning one another never attributes itself.
 */
const attribute = (
  edges: readonly OwnershipEdge[],
  controls: readonly ControlRelation[],
  options: ControlOptions,
): Map<string, Attribution> => {
  const counted = new Map<string, Attribution>();
  const ids = new Set<string>();
  for (const e of edges) ids.add(e.ownerId).add(e.ownedId);
  for (const c of controls) ids.add(c.controllerId).add(c.controlledId);
  for (const id of ids) if (options.isSource(id)) counted.set(id, { reason: 'source' });
  let changed = true;
  while (changed) {
    changed = false;
    for (const c of controls) {
      if (counted.has(c.controlledId) || !counted.has(c.controllerId)) continue;
      counted.set(c.controlledId, { reason: 'controlled' });
      changed = true;
    }
    const sums = new Map<string, number>();
    for (const e of edges) {
      if (counted.has(e.ownedId) || !counted.has(e.ownerId)) continue;
      sums.set(e.ownedId, (sums.get(e.ownedId) ?? 0) + e.sharePercent);
    }
    for (const [id, percent] of [...sums].sort((a, b) => a[0].localeCompare(b[0]))) {
      if (percent >= options.thresholdPercent - PERCENT_TOLERANCE) {
        counted.set(id, { reason: 'owned', percent });
        changed = true;
      }
    }
  }
  return counted;
};

const chainKey = (c: OwnershipChain) => c.path.join('>');
const largestFirst = (chains: OwnershipChain[]): OwnershipChain[] =>
  [...chains].sort((a, b) => b.percent - a.percent || chainKey(a).localeCompare(chainKey(b)));

/**
 * Ownership and control of a company by persons of a country of concern, by the OFAC 50% rule (FAQ 401): an
 * entity owned 50% or more in the aggregate by them (or by entities counting as theirs) counts as theirs in
 * full, so its whole stake in the company passes on; an entity owned below 50% passes nothing on; the stakes
 * of every owner that counts add up. Control without equity (board seats, voting agreements, veto rights) of
 * a source over an entity makes that entity count in full too, and over the company makes it controlled.
 * 50% × 50% counts 50%; two 50%-owned parents holding 25% each count 50%; a 40%-owned holdco's 80% plus 20%
 * held directly counts 20% (not controlled; review recommended, the look-through figure being 52%).
 * Cycles are cut; the result does not depend on the order of the edges.
 */
export const controlOver = (
  companyId: string,
  edges: readonly OwnershipEdge[],
  options: ControlOptions,
): ControlResult => {
  const controls = options.controls ?? [];
  const maxChains = options.maxChains ?? 100_000;
  const base = { arithmetic: CONTROL_ARITHMETIC.id, truncated: false } as const;
  if (options.isSource(companyId)) {
    return {
      ...base,
      excludedChains: [],
      aggregatePercent: 100,
      controlled: true,
      chains: [{ path: [companyId], percent: 100, links: [] }],
      lookThroughPercent: 100,
      controlBasis: [],
      reviewRecommended: false,
    };
  }
  const counted = attribute(edges, controls, options);
  const ownersOf = new Map<string, ChainLink[]>();
  const link = (l: ChainLink) => {
    const list = ownersOf.get(l.ownedId) ?? [];
    list.push(l);
    ownersOf.set(l.ownedId, list);
  };
  for (const e of edges) link({ ownerId: e.ownerId, ownedId: e.ownedId, sharePercent: e.sharePercent });
  for (const c of controls)
    link({ ownerId: c.controllerId, ownedId: c.controlledId, sharePercent: null, basis: c.basis });
  for (const list of ownersOf.values()) {
    list.sort((a, b) => a.ownerId.localeCompare(b.ownerId) || (a.sharePercent ?? -1) - (b.sharePercent ?? -1));
  }

  let explored = 0;
  let truncated = false;
  const chains: OwnershipChain[] = [];
  const excluded: OwnershipChain[] = [];
  let lookThrough = 0;
  // walks upward from the company; `passing` while every entity above the company so far counts as the concern's
  const walk = (current: string, fraction: number, links: ChainLink[], onPath: Set<string>, passing: boolean) => {
    for (const l of ownersOf.get(current) ?? []) {
      if (onPath.has(l.ownerId)) continue;
      if (explored >= maxChains) {
        truncated = true;
        return;
      }
      explored += 1;
      const share = l.sharePercent === null ? 1 : l.sharePercent / 100;
      const product = fraction * share;
      const nextLinks = [l, ...links];
      const attribution = counted.get(l.ownerId);
      const stillPassing = passing && attribution !== undefined;
      if (options.isSource(l.ownerId)) {
        const path = [l.ownerId, ...nextLinks.map((x) => x.ownedId)];
        const last = nextLinks.at(-1);
        if (l.sharePercent !== null) lookThrough += product * 100;
        if (stillPassing && last) {
          chains.push({ path, percent: last.sharePercent ?? 100, links: nextLinks });
        } else if (l.sharePercent !== null || links.length > 0) {
          excluded.push({ path, percent: product * 100, links: nextLinks });
        }
        continue;
      }
      onPath.add(l.ownerId);
      walk(l.ownerId, product, nextLinks, onPath, stillPassing);
      onPath.delete(l.ownerId);
    }
  };
  walk(companyId, 1, [], new Set([companyId]), true);

  const direct = ownersOf.get(companyId) ?? [];
  const equity = direct.filter((l) => l.sharePercent !== null && counted.has(l.ownerId));
  const aggregatePercent = [...equity]
    .map((l) => l.sharePercent ?? 0)
    .sort((a, b) => a - b)
    .reduce((sum, p) => sum + p, 0);
  const controlBasis = controls
    .filter((c) => c.controlledId === companyId && counted.has(c.controllerId))
    .map((c) => ({ controllerId: c.controllerId, basis: c.basis, detail: c.detail }))
    .sort((a, b) => a.controllerId.localeCompare(b.controllerId) || a.basis.localeCompare(b.basis));
  const controlled = aggregatePercent >= options.thresholdPercent - PERCENT_TOLERANCE || controlBasis.length > 0;
  return {
    ...base,
    aggregatePercent,
    controlled,
    chains: largestFirst(chains),
    truncated,
    excludedChains: largestFirst(excluded),
    lookThroughPercent: lookThrough,
    controlBasis,
    reviewRecommended: !controlled && (chains.length > 0 || excluded.length > 0),
  };
};

/** "X —50%→ A —50%→ M (counts 50.00%)" style text for one chain; control without equity shows its basis. */
export const formatChain = (chain: OwnershipChain, label: (id: string) => string): string => {
  const links = chain.links ?? [];
  if (links.length === 0) return `${chain.path.map(label).join(' → ')} (${chain.percent.toFixed(2)}%)`;
  const parts = [label(links[0]?.ownerId ?? chain.path[0] ?? '')];
  for (const l of links) {
    const how = l.sharePercent === null ? `controls (${controlBasisWords(l.basis ?? 'other')})` : `${l.sharePercent}%`;
    parts.push(` —${how}→ ${label(l.ownedId)}`);
  }
  return `${parts.join('')} (${chain.percent.toFixed(2)}%)`;
};
