import type { Kysely } from 'kysely';
import { scopeOf } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import {
  ageInDays,
  QUEUE_TAB_STATUSES,
  QUEUE_TABS,
  type QueueQuery,
  type QueueTab,
  statusesOfQuery,
} from '../../core/proposal/proposal-queue.ts';
import type { ProposalStatus } from '../../core/proposal/proposal-status.ts';
import { consortiumIdsForCompanies } from '../../db/repos/consortia.repo.ts';
import { countQueueByStatus, listQueuePage } from '../../db/repos/proposal-queue.repo.ts';
import type { Database } from '../../db/schema.ts';
import { certifiedProposalIds, refused } from '../access.ts';

export type QueueItem = {
  id: string;
  title: string;
  consortiumId: string;
  consortiumName: string;
  status: ProposalStatus;
  currentVersion: number | null;
  targets: string[];
  updatedAt: string;
  submittedAt: string | null;
  ageDays: number | null;
  openHits: number;
  blockerCount: number | null;
  blockersCheckedAt: string | null;
  /** review progress: filled once reviews exist (a later change); null until then */
  reviewProgress: null;
};

export type QueuePage = {
  items: QueueItem[];
  /** proposals in the current tab under the filters */
  total: number;
  page: number;
  pageSize: number;
  /** per tab, under the same filters (status filter aside); drafts never count */
  tabCounts: Record<QueueTab, number>;
};

/**
 * The officer's queue: proposals past their draft, searched, filtered, ordered and paged in the database, with
 * each tab's count. Applicants (if they ask) see only their consortia's proposals; drafts are never in it.
 */
export const readProposalQueue = async (
  db: Kysely<Database>,
  actor: Actor,
  query: QueueQuery,
  now: Date,
): Promise<Result<QueuePage>> => {
  const scope = scopeOf(actor.role, 'proposal.read');
  if (scope === 'none') return refused('proposal.read');
  const consortiumIds =
    scope === 'consortium_member' ? await consortiumIdsForCompanies(db, actor.companyIds) : undefined;
  const { statuses: _statuses, tab, sort, dir, page, pageSize, ...rest } = query;
  const proposalIds = await certifiedProposalIds(db, actor);
  const filter = {
    ...rest,
    ...(consortiumIds === undefined ? {} : { consortiumIds }),
    ...(proposalIds === undefined ? {} : { proposalIds }),
  };
  const byStatus = await countQueueByStatus(db, filter, now);
  const sum = (statuses: readonly ProposalStatus[]) => statuses.reduce((n, s) => n + (byStatus.get(s) ?? 0), 0);
  const tabCounts = Object.fromEntries(QUEUE_TABS.map((t) => [t, sum(QUEUE_TAB_STATUSES[t])])) as Record<
    QueueTab,
    number
  >;
  const statuses = statusesOfQuery(query);
  const rows = await listQueuePage(
    db,
    { ...filter, statuses },
    { sort, dir },
    { offset: (page - 1) * pageSize, limit: pageSize },
    now,
  );
  return ok({
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      consortiumId: r.consortiumId,
      consortiumName: r.consortiumName,
      status: r.status,
      currentVersion: r.currentVersion,
      targets: r.targets,
      updatedAt: r.updatedAt.toISOString(),
      submittedAt: r.submittedAt?.toISOString() ?? null,
      ageDays: r.submittedAt === null ? null : ageInDays(r.submittedAt, now),
      openHits: r.openHits,
      blockerCount: r.blockerCount,
      blockersCheckedAt: r.blockersCheckedAt?.toISOString() ?? null,
      reviewProgress: null,
    })),
    total: sum(statuses),
    page,
    pageSize,
    tabCounts,
  });
};
