import type { Kysely } from 'kysely';
import type { ListEntry } from '../../core/screening/lists/list-entry.ts';
import type { Database } from '../schema.ts';

/** One entry of a list version with its fingerprint (what re-screening and adjudication reuse compare). */
export type StoredEntry = { entry: ListEntry; fingerprint: string };

/** A stored entry with its position in the version's file order. */
export type PositionedEntry = StoredEntry & { position: number };

/** Entries read per page when a version is walked (`walkVersionEntries`). */
export const ENTRY_PAGE_SIZE = 2000;

/** Stores a version's entries in file order (in batches of 500 rows). */
export const insertListEntries = async (
  db: Kysely<Database>,
  versionId: string,
  entries: readonly StoredEntry[],
): Promise<void> => {
  const batch = 500;
  for (let start = 0; start < entries.length; start += batch) {
    await db
      .insertInto('list_entries')
      .values(
        entries.slice(start, start + batch).map((item, offset) => ({
          list_version_id: versionId,
          position: start + offset,
          entry_id: item.entry.entryId,
          fingerprint: item.fingerprint,
          entry: JSON.stringify(item.entry),
        })),
      )
      .execute();
  }
};

/**
 * One page of a version's entries in file order, after `afterPosition` (keyset on the position): callers walk a
 * whole version a page at a time and never hold every entry, nor one result of them all, at once.
 */
export const pageVersionEntries = async (
  db: Kysely<Database>,
  versionId: string,
  page: { afterPosition: number; limit: number },
): Promise<PositionedEntry[]> => {
  const rows = await db
    .selectFrom('list_entries')
    .select(['position', 'entry', 'fingerprint'])
    .where('list_version_id', '=', versionId)
    .where('position', '>', page.afterPosition)
    .orderBy('position')
    .limit(page.limit)
    .execute();
  return rows.map((row) => ({ position: row.position, entry: row.entry as ListEntry, fingerprint: row.fingerprint }));
};

/** Every entry of a version in file order, read a page at a time (`pageVersionEntries`). */
export async function* walkVersionEntries(
  db: Kysely<Database>,
  versionId: string,
  pageSize = ENTRY_PAGE_SIZE,
): AsyncGenerator<PositionedEntry[]> {
  let afterPosition = -1;
  for (;;) {
    const page = await pageVersionEntries(db, versionId, { afterPosition, limit: pageSize });
    if (page.length === 0) return;
    yield page;
    if (page.length < pageSize) return;
    afterPosition = page[page.length - 1]!.position;
  }
}

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

/** A version's entries as (position, id, fingerprint) only, in file order: enough to tell what changed. */
export const listVersionFingerprints = async (
  db: Kysely<Database>,
  versionId: string,
): Promise<{ position: number; entryId: string; fingerprint: string }[]> => {
  const rows = await db
    .selectFrom('list_entries')
    .select(['position', 'entry_id', 'fingerprint'])
    .where('list_version_id', '=', versionId)
    .orderBy('position')
    .execute();
  return rows.map((row) => ({ position: row.position, entryId: row.entry_id, fingerprint: row.fingerprint }));
};

/**
 * A version's (position, entry id, fingerprint) in file order, a page at a time (keyset on the position): what
 * `listVersionFingerprints` returns, without one long query over the whole version.
 */
export async function* walkVersionFingerprints(
  db: Kysely<Database>,
  versionId: string,
  pageSize = ENTRY_PAGE_SIZE,
): AsyncGenerator<{ position: number; entryId: string; fingerprint: string }[]> {
  let afterPosition = -1;
  for (;;) {
    const rows = await db
      .selectFrom('list_entries')
      .select(['position', 'entry_id', 'fingerprint'])
      .where('list_version_id', '=', versionId)
      .where('position', '>', afterPosition)
      .orderBy('position')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return;
    yield rows.map((row) => ({ position: row.position, entryId: row.entry_id, fingerprint: row.fingerprint }));
    if (rows.length < pageSize) return;
    afterPosition = rows[rows.length - 1]!.position;
  }
}

/** The entries of a version at the given positions, in file order (read 1,000 positions per query). */
export const listVersionEntriesAt = async (
  db: Kysely<Database>,
  versionId: string,
  positions: readonly number[],
): Promise<PositionedEntry[]> => {
  const out: PositionedEntry[] = [];
  for (let start = 0; start < positions.length; start += 1000) {
    const rows = await db
      .selectFrom('list_entries')
      .select(['position', 'entry', 'fingerprint'])
      .where('list_version_id', '=', versionId)
      .where('position', 'in', positions.slice(start, start + 1000))
      .orderBy('position')
      .execute();
    for (const row of rows)
      out.push({ position: row.position, entry: row.entry as ListEntry, fingerprint: row.fingerprint });
  }
  return out;
};
