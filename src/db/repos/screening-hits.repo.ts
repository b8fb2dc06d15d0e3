import type { Kysely } from 'kysely';
import type { HitStatus } from '../../core/screening/hit-status.ts';
import type { Database } from '../schema.ts';
import type { ScreenedPartyRecord } from './screened-parties.repo.ts';

export type HitRecord = {
  id: string;
  partyId: string;
  listSource: string;
  entryId: string;
  entryFingerprint: string;
  listVersionId: string;
  score: number;
  matchedName: string;
  explanation: unknown;
  status: HitStatus;
  reusedFrom: string | null;
  createdAt: Date;
};

type HitRow = {
  id: string;
  party_id: string;
  list_source: string;
  entry_id: string;
  entry_fingerprint: string;
  list_version_id: string;
  score: number;
  matched_name: string;
  explanation: unknown;
  status: string;
  reused_from: string | null;
  created_at: Date | string;
};

const toHit = (row: HitRow): HitRecord => ({
  id: row.id,
  partyId: row.party_id,
  listSource: row.list_source,
  entryId: row.entry_id,
  entryFingerprint: row.entry_fingerprint,
  listVersionId: row.list_version_id,
  score: Number(row.score),
  matchedName: row.matched_name,
  explanation: row.explanation,
  status: row.status as HitStatus,
  reusedFrom: row.reused_from,
  createdAt: new Date(row.created_at),
});

const toHitRow = (hit: Omit<HitRecord, 'status'>) => ({
  id: hit.id,
  party_id: hit.partyId,
  list_source: hit.listSource,
  entry_id: hit.entryId,
  entry_fingerprint: hit.entryFingerprint,
  list_version_id: hit.listVersionId,
  score: hit.score,
  matched_name: hit.matchedName,
  explanation: JSON.stringify(hit.explanation),
  status: 'open',
  reused_from: null,
  created_at: hit.createdAt,
});

/** Inserts a hit unless the party already has one on the same entry and fingerprint; true when inserted. */
export const insertHitIfNew = async (db: Kysely<Database>, hit: Omit<HitRecord, 'status'>): Promise<boolean> =>
  (await insertHitsIfNew(db, [hit])).has(hit.id);

/** Hits inserted per statement by `insertHitsIfNew` (12 parameters each, far under PostgreSQL's 65,535). */
export const HIT_INSERT_BATCH = 500;

/**
 * Inserts hits in multi-row statements, each unless its party already has one on the same entry and fingerprint
 * (an earlier hit, or an earlier one of these: the first is kept); returns the ids of those inserted.
 */
export const insertHitsIfNew = async (
  db: Kysely<Database>,
  hits: readonly Omit<HitRecord, 'status'>[],
): Promise<Set<string>> => {
  const inserted = new Set<string>();
  for (let start = 0; start < hits.length; start += HIT_INSERT_BATCH) {
    const rows = await db
      .insertInto('screening_hits')
      .values(hits.slice(start, start + HIT_INSERT_BATCH).map(toHitRow))
      .onConflict((oc) => oc.columns(['party_id', 'list_source', 'entry_id', 'entry_fingerprint']).doNothing())
      .returning('id')
      .execute();
    for (const row of rows) inserted.add(row.id);
  }
  return inserted;
};

export const findHit = async (db: Kysely<Database>, id: string): Promise<HitRecord | null> => {
  const row = await db.selectFrom('screening_hits').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toHit(row) : null;
};

export type HitListItem = HitRecord & { party: ScreenedPartyRecord };

export const listHits = async (
  db: Kysely<Database>,
  options: { status?: HitStatus; partyIds?: readonly string[] } = {},
): Promise<HitListItem[]> => {
  if (options.partyIds !== undefined && options.partyIds.length === 0) return [];
  let query = db
    .selectFrom('screening_hits as h')
    .innerJoin('screened_parties as p', 'p.id', 'h.party_id')
    .selectAll('h')
    .select([
      'p.proposal_id as p_proposal_id',
      'p.kind as p_kind',
      'p.party_key as p_party_key',
      'p.name as p_name',
      'p.type as p_type',
      'p.country as p_country',
      'p.company_id as p_company_id',
      'p.screening_status as p_screening_status',
      'p.list_version_ids as p_list_version_ids',
      'p.screened_at as p_screened_at',
    ]);
  if (options.status !== undefined) query = query.where('h.status', '=', options.status);
  if (options.partyIds !== undefined) query = query.where('h.party_id', 'in', options.partyIds);
  const rows = await query.orderBy('h.created_at', 'desc').orderBy('h.score', 'desc').orderBy('h.id').execute();
  return rows.map((row) => ({
    ...toHit(row),
    party: {
      id: row.party_id,
      proposalId: row.p_proposal_id,
      kind: row.p_kind,
      partyKey: row.p_party_key,
      name: row.p_name,
      type: row.p_type,
      country: row.p_country,
      companyId: row.p_company_id,
      // the column's CHECK constraint holds it to the two statuses
      screeningStatus: row.p_screening_status as ScreenedPartyRecord['screeningStatus'],
      listVersionIds: Array.isArray(row.p_list_version_ids) ? (row.p_list_version_ids as string[]) : [],
      screenedAt: row.p_screened_at === null ? null : new Date(row.p_screened_at),
    },
  }));
};

/** The hits with these ids, locked for update until the transaction ends (a bulk decision checks then decides them). */
export const findHitsForUpdate = async (db: Kysely<Database>, ids: readonly string[]): Promise<HitRecord[]> => {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('screening_hits')
    .selectAll()
    .where('id', 'in', ids)
    .orderBy('id')
    .forUpdate()
    .execute();
  return rows.map(toHit);
};
