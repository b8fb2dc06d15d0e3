import type { Kysely } from 'kysely';
import { type ListAge, listAge } from '../../core/screening/lists/list-age.ts';
import type { ListVersionRecord } from '../../db/repos/list-versions.repo.ts';
import type { Database } from '../../db/schema.ts';
import { programSettingsAt } from '../settings/program-settings.ts';

/** A list version with its age as of now against the program setting maxListAgeDays in force. */
export type AgedListVersion = ListVersionRecord & ListAge & { maxAgeDays: number };

/** The versions with their ages as of now (program settings in force now). */
export const withListAges = async (
  db: Kysely<Database>,
  versions: readonly ListVersionRecord[],
  now: Date,
): Promise<AgedListVersion[]> => {
  const { settings } = await programSettingsAt(db, now);
  return versions.map((v) => ({
    ...v,
    ...listAge(v.asOf, now, settings.maxListAgeDays),
    maxAgeDays: settings.maxListAgeDays,
  }));
};
