import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** What the public catalog is built from, per designated proposal: small rows, read on every catalog request. */
export type DesignationStamp = {
  id: string;
  currentVersion: number | null;
  designatedAt: string | null;
  updatedAt: string;
  consortiumName: string;
};

const iso = (value: Date | string | null): string | null => (value === null ? null : new Date(value).toISOString());

/** The designated proposals' ids, versions, designation and change times and consortium names, in id order. */
export const listDesignationStamps = async (db: Kysely<Database>): Promise<DesignationStamp[]> => {
  const rows = await db
    .selectFrom('proposals as p')
    .innerJoin('consortia as k', 'k.id', 'p.consortium_id')
    .select(['p.id', 'p.current_version', 'p.designated_at', 'p.updated_at', 'k.name as consortium_name'])
    .where('p.status', '=', 'designated')
    .orderBy('p.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    currentVersion: row.current_version,
    designatedAt: iso(row.designated_at),
    updatedAt: iso(row.updated_at) ?? '',
    consortiumName: row.consortium_name,
  }));
};
