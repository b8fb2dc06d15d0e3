import type { Kysely } from 'kysely';
import type { ControlBasis, ControlRelation } from '../../core/consortium/company.schema.ts';
import type { Database } from '../schema.ts';

const toRelation = (row: {
  controller_id: string;
  controlled_id: string;
  basis: string;
  detail: string;
}): ControlRelation => ({
  controllerId: row.controller_id,
  controlledId: row.controlled_id,
  basis: row.basis as ControlBasis,
  detail: row.detail,
});

/** Records (or re-describes) that controllerId controls controlledId on this basis. */
export const upsertControlRelation = async (
  db: Kysely<Database>,
  relation: ControlRelation & { recordedBy: string | null; at: Date },
): Promise<void> => {
  await db
    .insertInto('control_relations')
    .values({
      controller_id: relation.controllerId,
      controlled_id: relation.controlledId,
      basis: relation.basis,
      detail: relation.detail,
      recorded_by: relation.recordedBy,
      recorded_at: relation.at,
    })
    .onConflict((oc) =>
      oc.columns(['controlled_id', 'controller_id', 'basis']).doUpdateSet({
        detail: relation.detail,
        recorded_by: relation.recordedBy,
        recorded_at: relation.at,
      }),
    )
    .execute();
};

/** The control relations over one company, by controller and basis. */
export const listControllersOf = async (db: Kysely<Database>, controlledId: string): Promise<ControlRelation[]> =>
  (
    await db
      .selectFrom('control_relations')
      .selectAll()
      .where('controlled_id', '=', controlledId)
      .orderBy('controller_id')
      .orderBy('basis')
      .execute()
  ).map(toRelation);

/** The control relations over any of the companies (all of them without ids). */
export const listControlRelations = async (
  db: Kysely<Database>,
  controlledIds?: readonly string[],
): Promise<ControlRelation[]> => {
  if (controlledIds && controlledIds.length === 0) return [];
  let query = db.selectFrom('control_relations').selectAll();
  if (controlledIds) query = query.where('controlled_id', 'in', [...controlledIds]);
  return (await query.orderBy('controlled_id').orderBy('controller_id').orderBy('basis').execute()).map(toRelation);
};

/** Removes one control relation; whether there was one. */
export const deleteControlRelation = async (
  db: Kysely<Database>,
  key: { controllerId: string; controlledId: string; basis: string },
): Promise<boolean> => {
  const result = await db
    .deleteFrom('control_relations')
    .where('controller_id', '=', key.controllerId)
    .where('controlled_id', '=', key.controlledId)
    .where('basis', '=', key.basis)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
};
