import { type Kysely, sql } from 'kysely';

/**
 * The queue and the trail under load: the proposal's title as the queue searches and sorts it (lower case,
 * stored, so neither reads the draft document of every proposal) with an index in the title order; and the trail's
 * time index carrying seq, so a date range finds its first and last entry from the index alone and the page then
 * reads entries by seq.
 */
const UP = [
  `ALTER TABLE proposals ADD COLUMN title_key text GENERATED ALWAYS AS (lower(draft->>'title')) STORED`,
  `CREATE INDEX proposals_title_key ON proposals (title_key, id)`,
  `CREATE INDEX audit_entries_at_seq ON audit_entries (at, seq)`,
  `DROP INDEX audit_entries_at`,
];

export const up = async (db: Kysely<unknown>): Promise<void> => {
  for (const statement of UP) await sql.raw(statement).execute(db);
};

export const down = async (db: Kysely<unknown>): Promise<void> => {
  await sql`CREATE INDEX audit_entries_at ON audit_entries (at)`.execute(db);
  await sql`DROP INDEX audit_entries_at_seq`.execute(db);
  await sql`DROP INDEX proposals_title_key`.execute(db);
  await sql`ALTER TABLE proposals DROP COLUMN title_key`.execute(db);
};
