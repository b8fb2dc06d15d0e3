import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';

export type ScreenedPartyRecord = {
  id: string;
  proposalId: string | null;
  kind: string;
  partyKey: string;
  name: string;
  type: string;
  country: string | null;
  companyId: string | null;
  /** the outcome of its last screening: 'not_screened' when no current list, or only stale ones, was there */
  screeningStatus: ScreeningStatus;
  /** the list versions it was last screened against */
  listVersionIds: string[];
  screenedAt: Date | null;
};

/** Whether a party was screened against at least one list version within the program's maximum list age. */
export type ScreeningStatus = 'screened' | 'not_screened';

const toParty = (row: {
  id: string;
  proposal_id: string | null;
  kind: string;
  party_key: string;
  name: string;
  type: string;
  country: string | null;
  company_id: string | null;
  screening_status: string;
  list_version_ids: unknown;
  screened_at: Date | string | null;
}): ScreenedPartyRecord => ({
  id: row.id,
  proposalId: row.proposal_id,
  kind: row.kind,
  partyKey: row.party_key,
  name: row.name,
  type: row.type,
  country: row.country,
  companyId: row.company_id,
  // the column's CHECK constraint holds it to the two statuses
  screeningStatus: row.screening_status as ScreeningStatus,
  listVersionIds: Array.isArray(row.list_version_ids) ? (row.list_version_ids as string[]) : [],
  screenedAt: row.screened_at === null ? null : new Date(row.screened_at),
});

/**
 * Stores a party of a proposal once (by proposal, kind and key), records the outcome of this screening (status,
 * list versions, time) on it, and returns the stored row.
 */
export const upsertScreenedParty = async (
  db: Kysely<Database>,
  party: Omit<ScreenedPartyRecord, 'id' | 'screenedAt'> & { id: string; now: Date },
): Promise<ScreenedPartyRecord> => {
  const outcome = {
    screening_status: party.screeningStatus,
    list_version_ids: JSON.stringify(party.listVersionIds),
    screened_at: party.now,
  };
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
      ...outcome,
    })
    .onConflict((oc) => oc.columns(['proposal_id', 'kind', 'party_key']).doUpdateSet(outcome))
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

/**
 * One page of every stored party, in id order after `afterId` (keyset pagination on the primary key): callers
 * walk the whole table a page at a time and never hold it all in memory.
 */
export const pageScreenedParties = async (
  db: Kysely<Database>,
  page: { afterId: string | null; limit: number },
): Promise<ScreenedPartyRecord[]> => {
  let query = db.selectFrom('screened_parties').selectAll();
  if (page.afterId !== null) query = query.where('id', '>', page.afterId);
  const rows = await query.orderBy('id').limit(page.limit).execute();
  return rows.map(toParty);
};

/** How many parties are stored (the total a paged walk reports progress against). */
export const countScreenedParties = async (db: Kysely<Database>): Promise<number> => {
  const row = await db
    .selectFrom('screened_parties')
    .select((eb) => eb.fn.countAll<string | number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
};

/**
 * After a new list version was screened against every stored party (delta re-screening): each party's list
 * versions name the new version instead of the source's previous one, and, when the new version is within the
 * maximum list age, every party counts as screened.
 */
export const recordPartiesRescreened = async (
  db: Kysely<Database>,
  input: { listVersionId: string; previousVersionId: string | null; fresh: boolean },
): Promise<void> => {
  const previous = input.previousVersionId ?? '';
  await db
    .updateTable('screened_parties')
    .set({
      list_version_ids: sql`(list_version_ids - ${previous}::text) || jsonb_build_array(${input.listVersionId}::text)`,
      ...(input.fresh ? { screening_status: 'screened' } : {}),
    })
    .execute();
};
