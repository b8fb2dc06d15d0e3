import type { ProposalStatus } from './proposal-status.ts';

/**
 * The officer's queue: tabs by where a proposal stands, and the filters and orders the queue API takes.
 * Drafts are the applicants' own and never in the queue; a returned proposal is with its applicant (its own
 * tab), not closed.
 */
export const QUEUE_TABS = ['to_act', 'with_applicant', 'designated', 'closed', 'all'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

export const QUEUE_TAB_STATUSES: Readonly<Record<QueueTab, readonly ProposalStatus[]>> = {
  to_act: ['submitted', 'under_review'],
  with_applicant: ['returned'],
  designated: ['designated', 'suspended'],
  closed: ['declined', 'revoked'],
  all: ['submitted', 'under_review', 'returned', 'designated', 'suspended', 'declined', 'revoked'],
};

export const QUEUE_TAB_LABELS: Readonly<Record<QueueTab, string>> = {
  to_act: 'To act on',
  with_applicant: 'Returned for revision',
  designated: 'Designated',
  closed: 'Closed',
  all: 'All',
};

/** Orders: `age` = days since the current version was submitted; `hits` = open screening hits. */
export const QUEUE_SORTS = ['age', 'updated', 'title', 'consortium', 'hits', 'blockers'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const QUEUE_PAGE_SIZES = [10, 25, 50, 100] as const;
export const QUEUE_DEFAULT_PAGE_SIZE = 25;

export type QueueFilter = {
  /** words found in the title, the consortium's name or a member company's legal name */
  q?: string;
  /** narrows the tab's statuses (statuses outside the tab are ignored) */
  statuses?: readonly ProposalStatus[];
  /** proposals targeting any of these countries (ISO alpha-2) */
  targets?: readonly string[];
  minAgeDays?: number;
  maxAgeDays?: number;
  minOpenHits?: number;
  maxOpenHits?: number;
  /** blocker counts are those of the last check; proposals never checked match no blocker bound */
  minBlockers?: number;
  maxBlockers?: number;
};

export type QueueQuery = QueueFilter & {
  tab: QueueTab;
  sort: QueueSort;
  dir: SortDirection;
  page: number;
  pageSize: number;
};

/** The statuses a query shows: its tab's, narrowed by the status filter. */
export const statusesOfQuery = (query: Pick<QueueQuery, 'tab' | 'statuses'>): ProposalStatus[] => {
  const tab = QUEUE_TAB_STATUSES[query.tab];
  return query.statuses === undefined ? [...tab] : tab.filter((s) => query.statuses?.includes(s));
};

/** Whole days from a submission to now (0 on the day itself). */
export const ageInDays = (submittedAt: Date, now: Date): number =>
  Math.max(0, Math.floor((now.getTime() - submittedAt.getTime()) / 86_400_000));
