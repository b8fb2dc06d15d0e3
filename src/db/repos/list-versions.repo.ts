import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.ts';
import { insertListEntries, type StoredEntry } from './list-entries.repo.ts';

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
  options: { currentOnly?: boolean; ids?: readonly string[] } = {},
): Promise<ListVersionRecord[]> => {
  if (options.ids?.length === 0) return [];
  let query = db.selectFrom('list_versions').selectAll();
  if (options.currentOnly) query = query.where('is_current', '=', true);
  if (options.ids) query = query.where('id', 'in', [...options.ids]);
  const rows = await query.orderBy('source').orderBy('imported_at', 'desc').orderBy('id').execute();
  return rows.map(toVersion);
};

/** Serialises imports of one source: a transaction-level advisory lock keyed by the source. */
export const lockListSource = async (trx: Kysely<Database>, source: string): Promise<void> => {
  await sql`SELECT pg_advisory_xact_lock(hashtext(${`list:${source}`}))`.execute(trx);
};

/** Makes a new version the current one of its source and stores its entries. */
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
  await insertListEntries(db, version.id, entries);
};
