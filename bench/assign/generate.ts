import type { AssignmentProblemInput } from '../../src/core/review/assignment-problem.ts';

/** A small seeded generator (mulberry32), so every run builds the same instances. */
export const seededRandom = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export const AGENCIES = ['Commerce', 'State', 'Defense', 'Energy', 'OSTP'] as const;

export type InstanceSize = { proposals: number; reviewers: number; k?: number; seed?: number };

/**
 * An instance like a call's: reviewers in five agencies with 1–3 of 40 expertise topics each, proposals on 1–2
 * topics; a pair has an affinity (0.2–1) only when they share a topic, so affinities are sparse (about one pair
 * in ten) and popular topics compete for the same reviewers. Capacity is about 1.25× the demand, a few
 * reviewers have a minimum load, 0.5% of pairs are conflicted, a fifth of the proposals require State and a
 * twentieth require Energy as well; maxPerAgency is 2.
 */
export const generateInstance = ({ proposals, reviewers, k = 3, seed = 1 }: InstanceSize): AssignmentProblemInput => {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const TOPICS = 40;
  const topicsOf = (count: number) => {
    const set = new Set<number>();
    while (set.size < count) set.add(Math.min(pick(TOPICS), pick(TOPICS))); // low topics are more popular
    return set;
  };
  const meanLoad = (proposals * k * 1.25) / reviewers;
  const reviewerList = Array.from({ length: reviewers }, (_, r) => ({
    id: `r${r + 1}`,
    agency: AGENCIES[r % AGENCIES.length] ?? 'Commerce',
    minLoad: r % 10 === 0 ? Math.floor(meanLoad / 4) : 0,
    maxLoad: Math.max(1, Math.round(meanLoad * (0.7 + 0.6 * random()))),
    topics: topicsOf(1 + pick(3)),
  }));
  const proposalList = Array.from({ length: proposals }, (_, p) => ({
    id: `p${p + 1}`,
    requiredAgencies: p % 20 === 0 ? ['State', 'Energy'] : p % 5 === 0 ? ['State'] : [],
    topics: topicsOf(1 + pick(2)),
  }));
  const affinity: { proposal: string; reviewer: string; score: number }[] = [];
  const conflicts: { proposal: string; reviewer: string }[] = [];
  for (const proposal of proposalList)
    for (const reviewer of reviewerList) {
      if (random() < 0.005) {
        conflicts.push({ proposal: proposal.id, reviewer: reviewer.id });
        continue;
      }
      let shared = 0;
      for (const t of proposal.topics) if (reviewer.topics.has(t)) shared++;
      if (shared > 0)
        affinity.push({
          proposal: proposal.id,
          reviewer: reviewer.id,
          score: Math.round((0.2 + (0.8 * shared * random()) / proposal.topics.size) * 100) / 100,
        });
    }
  return {
    reviewersPerProposal: k,
    maxPerAgency: 2,
    proposals: proposalList.map(({ id, requiredAgencies }) => ({ id, requiredAgencies })),
    reviewers: reviewerList.map(({ id, agency, minLoad, maxLoad }) => ({ id, agency, minLoad, maxLoad })),
    affinity,
    conflicts,
    forced: [{ proposal: 'p1', reviewer: 'r2' }],
  };
};
