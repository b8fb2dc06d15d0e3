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

/** Open hits per proposal (proposals without any are absent). */
const openHitCounts = (db: Kysely<Database>) =>
  db
    .selectFrom('screening_hits as h')
    .innerJoin('screened_parties as sp', 'sp.id', 'h.party_id')
    .where('h.status', '=', 'open')
    .select(['sp.proposal_id', sql<number>`count(*)::int`.as('n')])
    .groupBy('sp.proposal_id');

// the proposals in the queue (never drafts); every filter is a condition on the proposal alone (semi-joins for
// its consortium, its current version and its open hits), so counting and ordering read no more than they need
const queueProposals = (db: Kysely<Database>) => db.selectFrom('proposals as p').where('p.status', '!=', 'draft');

type Base = ReturnType<typeof queueProposals>;
type BaseDb = Base extends SelectQueryBuilder<infer DB, infer TB, infer _O> ? [DB, TB] : never;
type Q<O> = SelectQueryBuilder<BaseDb[0], BaseDb[1], O>;

const applyFilter = <O>(
  db: Kysely<Database>,
  query: Q<O>,
  filter: QueueFilter & { consortiumIds?: readonly string[]; proposalIds?: readonly string[] },
  now: Date,
): Q<O> => {
  let q = query;
  if (filter.consortiumIds !== undefined) {
    q =
      filter.consortiumIds.length === 0
        ? q.where(sql<boolean>`false`)
        : q.where('p.consortium_id', 'in', filter.consortiumIds);
  }
  if (filter.proposalIds !== undefined) {
    q = filter.proposalIds.length === 0 ? q.where(sql<boolean>`false`) : q.where('p.id', 'in', filter.proposalIds);
  }
  const words = filter.q?.trim();
  if (words) {
    const pattern = likePattern(words);
    // the title (lower-cased and stored: ILIKE finds the same), the consortium's name or a member's legal name
    q = q.where((eb) =>
      eb.or([
        eb('p.title_key', 'ilike', pattern),
        eb('p.consortium_id', 'in', db.selectFrom('consortia as k').where('k.name', 'ilike', pattern).select('k.id')),
        eb(
          'p.consortium_id',
          'in',
          db
            .selectFrom('consortium_members as m')
            .innerJoin('companies as c', 'c.id', 'm.company_id')
            .where('c.legal_name', 'ilike', pattern)
            .select('m.consortium_id'),
        ),
      ]),
    );
  }
  if (filter.targets !== undefined && filter.targets.length > 0) {
    q = q.where(sql<boolean>`(p.draft->'targets') ?| ${sql.val([...filter.targets])}::text[]`);
  }
  if (filter.minAgeDays !== undefined || filter.maxAgeDays !== undefined) {
    const { minAgeDays, maxAgeDays } = filter;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('proposal_versions as v')
          .whereRef('v.proposal_id', '=', 'p.id')
          .whereRef('v.number', '=', 'p.current_version')
          .$if(minAgeDays !== undefined, (w) =>
            w.where('v.submitted_at', '<=', new Date(now.getTime() - (minAgeDays ?? 0) * DAY_MS)),
          )
          .$if(maxAgeDays !== undefined, (w) =>
            w.where('v.submitted_at', '>', new Date(now.getTime() - ((maxAgeDays ?? 0) + 1) * DAY_MS)),
          )
          .select(sql`1`.as('one')),
      ),
    );
  }
  // open hits counted 0 when there are none: at least 1 is having one (looked up per proposal when the other
  // filters leave few); at least n is being among those with n or more; at most n is not being among those with more
  if (filter.minOpenHits !== undefined && filter.minOpenHits === 1) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('screened_parties as sp')
          .innerJoin('screening_hits as h', 'h.party_id', 'sp.id')
          .whereRef('sp.proposal_id', '=', 'p.id')
          .where('h.status', '=', 'open')
          .select(sql`1`.as('one')),
      ),
    );
  } else if (filter.minOpenHits !== undefined && filter.minOpenHits > 1) {
    const min = filter.minOpenHits;
    q = q.where(
      'p.id',
      'in',
      openHitCounts(db).having(sql`count(*)`, '>=', min).clearSelect().select('sp.proposal_id'),
    );
  }
  if (filter.maxOpenHits !== undefined) {
    const max = filter.maxOpenHits;
    q =
      max < 0
        ? q.where(sql<boolean>`false`)
        : q.where(
            'p.id',
            'not in',
            openHitCounts(db).having(sql`count(*)`, '>', max).clearSelect().select('sp.proposal_id'),
          );
  }
  if (filter.minBlockers !== undefined) q = q.where('p.blocker_count', '>=', filter.minBlockers);
  if (filter.maxBlockers !== undefined) q = q.where('p.blocker_count', '<=', filter.maxBlockers);
  return q;
};

/** Proposals (never drafts) per status, under the filter: the counts of the queue's tabs. */
export const countQueueByStatus = async (
  db: Kysely<Database>,
  filter: QueueFilter & { consortiumIds?: readonly string[]; proposalIds?: readonly string[] },
  now: Date,
): Promise<Map<ProposalStatus, number>> => {
  const rows = await applyFilter(
    db,
    queueProposals(db).select(['p.status', sql<number>`count(*)::int`.as('n')]),
    filter,
    now,
  )
    .groupBy('p.status')
    .execute();
  return new Map(rows.map((r) => [r.status as ProposalStatus, Number(r.n)]));
};

const ORDER: Record<QueueSort, string> = {
  // oldest submission first when descending by age; never-submitted (none in the queue) last
  age: 'v.submitted_at',
  updated: 'p.updated_at',
  // lower(draft->>'title'), stored
  title: 'p.title_key',
  consortium: 'lower(k.name)',
  hits: 'coalesce(oh.n, 0)',
  blockers: 'p.blocker_count',
};

/**
 * One page of the queue in the chosen order (ties broken by id, so pages never overlap): the page's proposals are
 * chosen joining only what the order needs, then read in full (consortium, submission, open hits) for that page.
 */
export const listQueuePage = async (
  db: Kysely<Database>,
  filter: QueueFilter & {
    consortiumIds?: readonly string[];
    proposalIds?: readonly string[];
    statuses: readonly ProposalStatus[];
  },
  order: { sort: QueueSort; dir: SortDirection },
  page: { offset: number; limit: number },
  now: Date,
): Promise<QueueRow[]> => {
  if (filter.statuses.length === 0) return [];
  // age descending = the earliest submission first
  const direction = order.sort === 'age' ? (order.dir === 'desc' ? 'asc' : 'desc') : order.dir;
  const chosen = await applyFilter(db, queueProposals(db).select('p.id'), filter, now)
    .where('p.status', 'in', filter.statuses)
    .$if(order.sort === 'age', (qb) =>
      qb.leftJoin('proposal_versions as v', (join) =>
        join.onRef('v.proposal_id', '=', 'p.id').onRef('v.number', '=', 'p.current_version'),
      ),
    )
    .$if(order.sort === 'consortium', (qb) => qb.innerJoin('consortia as k', 'k.id', 'p.consortium_id'))
    .$if(order.sort === 'hits', (qb) => qb.leftJoin(openHitCounts(db).as('oh'), 'oh.proposal_id', 'p.id'))
    .orderBy(sql.raw(`${ORDER[order.sort]} ${direction} NULLS LAST`))
    .orderBy('p.id', direction)
    .offset(page.offset)
    .limit(page.limit)
    .execute();
  const ids = chosen.map((r) => r.id);
  if (ids.length === 0) return [];
  // the page's proposals by id, their submission and open hits looked up by index for each
  const rows = await db
    .selectFrom('proposals as p')
    .innerJoin('consortia as k', 'k.id', 'p.consortium_id')
    .leftJoin('proposal_versions as v', (join) =>
      join
        .onRef('v.proposal_id', '=', 'p.id')
        .onRef('v.number', '=', 'p.current_version')
        .on('v.proposal_id', 'in', ids),
    )
    .where('p.id', 'in', ids)
    .select([
      'p.id',
      sql<string>`p.draft->>'title'`.as('title'),
      'p.consortium_id',
      'k.name as consortium_name',
      'p.status',
      'p.current_version',
      sql<unknown>`p.draft->'targets'`.as('targets'),
      'p.updated_at',
      'v.submitted_at',
      (eb) =>
        eb
          .selectFrom('screened_parties as sp')
          .innerJoin('screening_hits as h', 'h.party_id', 'sp.id')
          .whereRef('sp.proposal_id', '=', 'p.id')
          .where('h.status', '=', 'open')
          .select(sql<number>`count(*)::int`.as('n'))
          .as('open_hits'),
      'p.blocker_count',
      'p.blockers_checked_at',
    ])
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (r === undefined) return [];
    return [
      {
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
      },
    ];
  });
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
