import { type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { QueueFilter, QueueSort, SortDirection } from '../../core/proposal/proposal-queue.ts';
import type { ProposalStatus } from '../../core/proposal/proposal-status.ts';
import type { Database } from '../schema.ts';

export type QueueRow = {
  id: string;
  title: string;
  consortiumId: string;
  consortiumName: string;
  status: ProposalStatus;
  currentVersion: number | null;
  targets: string[];
  updatedAt: Date;
  submittedAt: Date | null;
  openHits: number;
  blockerCount: number | null;
  blockersCheckedAt: Date | null;
};

const DAY_MS = 86_400_000;

/** `%` and `_` in the user's words are literal. */
const likePattern = (words: string): string => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

// the proposals, their consortium, the current version's submission and their open hits, never drafts
const queueBase = (db: Kysely<Database>) => {
  const openHits = db
    .selectFrom('screening_hits as h')
    .innerJoin('screened_parties as sp', 'sp.id', 'h.party_id')
    .where('h.status', '=', 'open')
    .select(['sp.proposal_id', sql<number>`count(*)::int`.as('n')])
    .groupBy('sp.proposal_id');
  return db
    .selectFrom('proposals as p')
    .innerJoin('consortia as k', 'k.id', 'p.consortium_id')
    .leftJoin('proposal_versions as v', (join) =>
      join.onRef('v.proposal_id', '=', 'p.id').onRef('v.number', '=', 'p.current_version'),
    )
    .leftJoin(openHits.as('oh'), 'oh.proposal_id', 'p.id')
    .where('p.status', '!=', 'draft');
};

type Base = ReturnType<typeof queueBase>;
type BaseDb = Base extends SelectQueryBuilder<infer DB, infer TB, infer _O> ? [DB, TB] : never;
type Q<O> = SelectQueryBuilder<BaseDb[0], BaseDb[1], O>;

const applyFilter = <O>(query: Q<O>, filter: QueueFilter & { consortiumIds?: readonly string[] }, now: Date): Q<O> => {
  let q = query;
  if (filter.consortiumIds !== undefined) {
    q =
      filter.consortiumIds.length === 0
        ? q.where(sql<boolean>`false`)
        : q.where('p.consortium_id', 'in', filter.consortiumIds);
  }
  const words = filter.q?.trim();
  if (words) {
    const pattern = likePattern(words);
    q = q.where((eb) =>
      eb.or([
        eb(sql`p.draft->>'title'`, 'ilike', pattern),
        eb('k.name', 'ilike', pattern),
        eb.exists(
          eb
            .selectFrom('consortium_members as m')
            .innerJoin('companies as c', 'c.id', 'm.company_id')
            .whereRef('m.consortium_id', '=', 'p.consortium_id')
            .where('c.legal_name', 'ilike', pattern)
            .select(sql`1`.as('one')),
        ),
      ]),
    );
  }
  if (filter.targets !== undefined && filter.targets.length > 0) {
    q = q.where(sql<boolean>`(p.draft->'targets') ?| ${sql.val([...filter.targets])}::text[]`);
  }
  if (filter.minAgeDays !== undefined) {
    q = q.where('v.submitted_at', '<=', new Date(now.getTime() - filter.minAgeDays * DAY_MS));
  }
  if (filter.maxAgeDays !== undefined) {
    q = q.where('v.submitted_at', '>', new Date(now.getTime() - (filter.maxAgeDays + 1) * DAY_MS));
  }
  if (filter.minOpenHits !== undefined) q = q.where(sql`coalesce(oh.n, 0)`, '>=', filter.minOpenHits);
  if (filter.maxOpenHits !== undefined) q = q.where(sql`coalesce(oh.n, 0)`, '<=', filter.maxOpenHits);
  if (filter.minBlockers !== undefined) q = q.where('p.blocker_count', '>=', filter.minBlockers);
  if (filter.maxBlockers !== undefined) q = q.where('p.blocker_count', '<=', filter.maxBlockers);
  return q;
};

/** Proposals (never drafts) per status, under the filter: the counts of the queue's tabs. */
export const countQueueByStatus = async (
  db: Kysely<Database>,
  filter: QueueFilter & { consortiumIds?: readonly string[] },
  now: Date,
): Promise<Map<ProposalStatus, number>> => {
  const rows = await applyFilter(queueBase(db).select(['p.status', sql<number>`count(*)::int`.as('n')]), filter, now)
    .groupBy('p.status')
    .execute();
  return new Map(rows.map((r) => [r.status as ProposalStatus, Number(r.n)]));
};

const ORDER: Record<QueueSort, string> = {
  // oldest submission first when descending by age; never-submitted (none in the queue) last
  age: 'v.submitted_at',
  updated: 'p.updated_at',
  title: "lower(p.draft->>'title')",
  consortium: 'lower(k.name)',
  hits: 'coalesce(oh.n, 0)',
  blockers: 'p.blocker_count',
};

/** One page of the queue in the chosen order (ties broken by id, so pages never overlap). */
export const listQueuePage = async (
  db: Kysely<Database>,
  filter: QueueFilter & { consortiumIds?: readonly string[]; statuses: readonly ProposalStatus[] },
  order: { sort: QueueSort; dir: SortDirection },
  page: { offset: number; limit: number },
  now: Date,
): Promise<QueueRow[]> => {
  if (filter.statuses.length === 0) return [];
  // age descending = the earliest submission first
  const direction = order.sort === 'age' ? (order.dir === 'desc' ? 'asc' : 'desc') : order.dir;
  const rows = await applyFilter(
    queueBase(db).select([
      'p.id',
      sql<string>`p.draft->>'title'`.as('title'),
      'p.consortium_id',
      'k.name as consortium_name',
      'p.status',
      'p.current_version',
      sql<unknown>`p.draft->'targets'`.as('targets'),
      'p.updated_at',
      'v.submitted_at',
      sql<number>`coalesce(oh.n, 0)`.as('open_hits'),
      'p.blocker_count',
      'p.blockers_checked_at',
    ]),
    filter,
    now,
  )
    .where('p.status', 'in', filter.statuses)
    .orderBy(sql.raw(`${ORDER[order.sort]} ${direction} NULLS LAST`))
    .orderBy('p.id', direction)
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: r.title ?? '',
    consortiumId: r.consortium_id,
    consortiumName: r.consortium_name,
    status: r.status as ProposalStatus,
    currentVersion: r.current_version,
    targets: Array.isArray(r.targets) ? (r.targets as string[]) : [],
    updatedAt: new Date(r.updated_at),
    submittedAt: r.submitted_at === null ? null : new Date(r.submitted_at),
    openHits: Number(r.open_hits),
    blockerCount: r.blocker_count === null ? null : Number(r.blocker_count),
    blockersCheckedAt: r.blockers_checked_at === null ? null : new Date(r.blockers_checked_at),
  }));
};

/** Stores the blocker count of a proposal's latest check. */
export const updateBlockerCount = async (
  db: Kysely<Database>,
  proposalId: string,
  count: number,
  checkedAt: Date,
): Promise<void> => {
  await db
    .updateTable('proposals')
    .set({ blocker_count: count, blockers_checked_at: checkedAt })
    .where('id', '=', proposalId)
    .execute();
};
