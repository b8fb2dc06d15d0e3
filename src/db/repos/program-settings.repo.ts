import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export type ProgramSettingsRecord = {
  version: number;
  settings: unknown;
  reason: string;
  changedBy: string | null;
  changedAt: Date;
};

const toRecord = (row: {
  version: number;
  settings: unknown;
  reason: string;
  changed_by: string | null;
  changed_at: Date | string;
}): ProgramSettingsRecord => ({
  version: row.version,
  settings: row.settings,
  reason: row.reason,
  changedBy: row.changed_by,
  changedAt: new Date(row.changed_at),
});

/** Every saved version, newest first. */
export const listProgramSettings = async (db: Kysely<Database>): Promise<ProgramSettingsRecord[]> =>
  (await db.selectFrom('program_settings').selectAll().orderBy('version', 'desc').execute()).map(toRecord);

/** The version in force at a moment: the newest saved at or before it. */
export const findProgramSettingsAt = async (db: Kysely<Database>, at: Date): Promise<ProgramSettingsRecord | null> => {
  const row = await db
    .selectFrom('program_settings')
    .selectAll()
    .where('changed_at', '<=', at)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toRecord(row) : null;
};

export const insertProgramSettings = async (db: Kysely<Database>, record: ProgramSettingsRecord): Promise<void> => {
  await db
    .insertInto('program_settings')
    .values({
      version: record.version,
      settings: JSON.stringify(record.settings),
      reason: record.reason,
      changed_by: record.changedBy,
      changed_at: record.changedAt,
    })
    .execute();
};

/** The names of the users who saved versions, by id (for the history). */
export const namesOfSettingsAuthors = async (
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, string>> => {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
};
