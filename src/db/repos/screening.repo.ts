import { type Kysely, sql } from 'kysely';
import type { HitDecision, HitStatus } from '../../core/screening/hit-status.ts';
import type { ListEntry } from '../../core/screening/lists/list-entry.ts';
import type { Database } from '../schema.ts';

export type ListVersionRecord = {
  id: string;
  source: string;
  format: string;
  contentHash: string;
  asOf: string;
  entryCount: number;
  importedAt: Date;
  importedBy: string | null;
  isCurrent: boolean;
  files: string[];
  etag: string | null;
};

export type StoredEntry = { entry: ListEntry; fingerprint: string };

export type ScreenedPartyRecord = {
  id: string;
  proposalId: string | null;
  kind: string;
  partyKey: string;
  name: string;
  type: string;
  country: string | null;
  companyId: string | null;
};

export type { HitStatus };

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

export type AdjudicationRecord = {
  id: string;
  hitId: string;
  decision: HitDecision;
  reason: string;
  decidedBy: string | null;
  decidedAt: Date;
  reusedFrom: string | null;
};

const toVersion = (row: {
  id: string;
  source: string;
  format: string;
  content_hash: string;
  as_of: string;
  entry_count: number;
  imported_at: Date | string;
  imported_by: string | null;
  is_current: boolean;
  files: unknown;
  etag: string | null;
}): ListVersionRecord => ({
  id: row.id,
  source: row.source,
  format: row.format,
  contentHash: row.content_hash,
  asOf: row.as_of,
  entryCount: row.entry_count,
  importedAt: new Date(row.imported_at),
  importedBy: row.imported_by,
  isCurrent: row.is_current,
  files: row.files as string[],
  etag: row.etag,
});

/** The current version of a source; with forUpdate its row stays locked until the transaction ends. */
export const findCurrentListVersion = async (
  db: Kysely<Database>,
  source: string,
  options: { forUpdate?: boolean } = {},
): Promise<ListVersionRecord | null> => {
  let query = db.selectFrom('list_versions').selectAll().where('source', '=', source).where('is_current', '=', true);
  if (options.forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  return row ? toVersion(row) : null;
};

export const findListVersion = async (db: Kysely<Database>, id: string): Promise<ListVersionRecord | null> => {
  const row = await db.selectFrom('list_versions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toVersion(row) : null;
};

export const listListVersions = async (
  db: Kysely<Database>,
  options: { currentOnly?: boolean } = {},
): Promise<ListVersionRecord[]> => {
  let query = db.selectFrom('list_versions').selectAll();
  if (options.currentOnly) query = query.where('is_current', '=', true);
  const rows = await query.orderBy('source').orderBy('imported_at', 'desc').orderBy('id').execute();
  return rows.map(toVersion);
};

/** Serialises imports of one source: a transaction-level advisory lock keyed by the source. */
export const lockListSource = async (trx: Kysely<Database>, source: string): Promise<void> => {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`list:${source}`}))`.execute(trx);
};

export const insertListVersion = async (
  db: Kysely<Database>,
  version: Omit<ListVersionRecord, 'isCurrent'>,
  entries: readonly StoredEntry[],
): Promise<void> => {
  await db
    .updateTable('list_versions')
    .set({ is_current: false })
    .where('source', '=', version.source)
    .where('is_current', '=', true)
    .execute();
  await db
    .insertInto('list_versions')
    .values({
      id: version.id,
      source: version.source,
      format: version.format,
      content_hash: version.contentHash,
      as_of: version.asOf,
      entry_count: version.entryCount,
      imported_at: version.importedAt,
      imported_by: version.importedBy,
      is_current: true,
      files: JSON.stringify(version.files),
      etag: version.etag,
    })
    .execute();
  const batch = 500;
  for (let start = 0; start < entries.length; start += batch) {
    await db
      .insertInto('list_entries')
      .values(
        entries.slice(start, start + batch).map((item, offset) => ({
          list_version_id: version.id,
          position: start + offset,
          entry_id: item.entry.entryId,
          fingerprint: item.fingerprint,
          entry: JSON.stringify(item.entry),
        })),
      )
      .execute();
  }
};

/** The entries of a version in file order. */
export const listVersionEntries = async (db: Kysely<Database>, versionId: string): Promise<StoredEntry[]> => {
  const rows = await db
    .selectFrom('list_entries')
    .select(['entry', 'fingerprint'])
    .where('list_version_id', '=', versionId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({ entry: row.entry as ListEntry, fingerprint: row.fingerprint }));
};

export const findVersionEntry = async (
  db: Kysely<Database>,
  where: { versionId: string; entryId: string; fingerprint: string },
): Promise<ListEntry | null> => {
  const row = await db
    .selectFrom('list_entries')
    .select('entry')
    .where('list_version_id', '=', where.versionId)
    .where('entry_id', '=', where.entryId)
    .where('fingerprint', '=', where.fingerprint)
    .executeTakeFirst();
  return row ? (row.entry as ListEntry) : null;
};

const toParty = (row: {
  id: string;
  proposal_id: string | null;
  kind: string;
  party_key: string;
  name: string;
  type: string;
  country: string | null;
  company_id: string | null;
}): ScreenedPartyRecord => ({
  id: row.id,
  proposalId: row.proposal_id,
  kind: row.kind,
  partyKey: row.party_key,
  name: row.name,
  type: row.type,
  country: row.country,
  companyId: row.company_id,
});

/** Stores a party of a proposal once (by proposal, kind and key) and returns the stored row. */
export const upsertScreenedParty = async (
  db: Kysely<Database>,
  party: Omit<ScreenedPartyRecord, 'id'> & { id: string; now: Date },
): Promise<ScreenedPartyRecord> => {
  await db
    .insertInto('screened_parties')
    .values({
      id: party.id,
      proposal_id: party.proposalId,
      kind: party.kind,
      party_key: party.partyKey,
      name: party.name,
      type: party.type,
      country: party.country,
      company_id: party.companyId,
      created_at: party.now,
    })
    .onConflict((oc) => oc.columns(['proposal_id', 'kind', 'party_key']).doNothing())
    .execute();
  let query = db.selectFrom('screened_parties').selectAll().where('kind', '=', party.kind);
  query = query.where('party_key', '=', party.partyKey);
  query =
    party.proposalId === null
      ? query.where('proposal_id', 'is', null)
      : query.where('proposal_id', '=', party.proposalId);
  return toParty(await query.executeTakeFirstOrThrow());
};

export const listScreenedParties = async (
  db: Kysely<Database>,
  options: { proposalId?: string } = {},
): Promise<ScreenedPartyRecord[]> => {
  let query = db.selectFrom('screened_parties').selectAll();
  if (options.proposalId !== undefined) query = query.where('proposal_id', '=', options.proposalId);
  const rows = await query.orderBy('kind').orderBy('name').orderBy('id').execute();
  return rows.map(toParty);
};

export const findScreenedParty = async (db: Kysely<Database>, id: string): Promise<ScreenedPartyRecord | null> => {
  const row = await db.selectFrom('screened_parties').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toParty(row) : null;
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

/** Inserts a hit unless the party already has one on the same entry and fingerprint; true when inserted. */
export const insertHitIfNew = async (db: Kysely<Database>, hit: Omit<HitRecord, 'status'>): Promise<boolean> => {
  const inserted = await db
    .insertInto('screening_hits')
    .values({
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
    })
    .onConflict((oc) => oc.columns(['party_id', 'list_source', 'entry_id', 'entry_fingerprint']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
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
    },
  }));
};

/**
 * The latest decision taken on a hit of a party with the same key on the same entry and fingerprint,
 * excluding the hit itself: what adjudication reuse copies.
 */
export const findReusableDecision = async (
  db: Kysely<Database>,
  where: { partyKey: string; listSource: string; entryId: string; fingerprint: string; excludeHitId: string },
): Promise<AdjudicationRecord | null> => {
  const row = await db
    .selectFrom('adjudications as a')
    .innerJoin('screening_hits as h', 'h.id', 'a.hit_id')
    .innerJoin('screened_parties as p', 'p.id', 'h.party_id')
    .selectAll('a')
    .where('p.party_key', '=', where.partyKey)
    .where('h.list_source', '=', where.listSource)
    .where('h.entry_id', '=', where.entryId)
    .where('h.entry_fingerprint', '=', where.fingerprint)
    .where('h.id', '!=', where.excludeHitId)
    .orderBy('a.decided_at', 'desc')
    .orderBy('a.id', 'desc')
    .executeTakeFirst();
  return row ? toAdjudication(row) : null;
};

const toAdjudication = (row: {
  id: string;
  hit_id: string;
  decision: string;
  reason: string;
  decided_by: string | null;
  decided_at: Date | string;
  reused_from: string | null;
}): AdjudicationRecord => ({
  id: row.id,
  hitId: row.hit_id,
  decision: row.decision as AdjudicationRecord['decision'],
  reason: row.reason,
  decidedBy: row.decided_by,
  decidedAt: new Date(row.decided_at),
  reusedFrom: row.reused_from,
});

/** Appends a decision (never updated; a later one supersedes) and sets the hit's status to it. */
export const insertAdjudication = async (db: Kysely<Database>, adjudication: AdjudicationRecord): Promise<void> => {
  await db
    .insertInto('adjudications')
    .values({
      id: adjudication.id,
      hit_id: adjudication.hitId,
      decision: adjudication.decision,
      reason: adjudication.reason,
      decided_by: adjudication.decidedBy,
      decided_at: adjudication.decidedAt,
      reused_from: adjudication.reusedFrom,
    })
    .execute();
  await db
    .updateTable('screening_hits')
    .set({ status: adjudication.decision, reused_from: adjudication.reusedFrom })
    .where('id', '=', adjudication.hitId)
    .execute();
};

export const listAdjudications = async (
  db: Kysely<Database>,
  hitIds: readonly string[],
): Promise<AdjudicationRecord[]> => {
  if (hitIds.length === 0) return [];
  const rows = await db
    .selectFrom('adjudications')
    .selectAll()
    .where('hit_id', 'in', hitIds)
    .orderBy('decided_at')
    .orderBy('id')
    .execute();
  return rows.map(toAdjudication);
};

export type AlertRecord = {
  id: string;
  hitId: string;
  proposalId: string | null;
  createdAt: Date;
  acknowledgedAt: Date | null;
};

export const insertAlert = async (db: Kysely<Database>, alert: Omit<AlertRecord, 'acknowledgedAt'>): Promise<void> => {
  await db
    .insertInto('alerts')
    .values({ id: alert.id, hit_id: alert.hitId, proposal_id: alert.proposalId, created_at: alert.createdAt })
    .execute();
};

export const listAlerts = async (db: Kysely<Database>): Promise<AlertRecord[]> => {
  const rows = await db.selectFrom('alerts').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    hitId: row.hit_id,
    proposalId: row.proposal_id,
    createdAt: new Date(row.created_at),
    acknowledgedAt: row.acknowledged_at === null ? null : new Date(row.acknowledged_at),
  }));
};
