import type { Kysely } from 'kysely';
import type { Company, CompanyInput, OwnershipEdge } from '../../core/consortium/company.schema.ts';
import type { Database } from '../schema.ts';

type CompanyRow = {
  id: string;
  kind: string;
  legal_name: string;
  other_names: string[];
  country_of_incorporation: string;
  principal_place_of_business: string;
  identifiers: Record<string, string>;
};

const toCompany = (row: CompanyRow): Company => ({
  id: row.id,
  kind: row.kind as Company['kind'],
  legalName: row.legal_name,
  otherNames: row.other_names,
  countryOfIncorporation: row.country_of_incorporation,
  principalPlaceOfBusiness: row.principal_place_of_business,
  identifiers: row.identifiers,
});

export const insertCompany = async (
  db: Kysely<Database>,
  company: CompanyInput & { id: string; createdBy: string | null },
): Promise<Company> => {
  await db
    .insertInto('companies')
    .values({
      id: company.id,
      kind: company.kind,
      legal_name: company.legalName,
      other_names: JSON.stringify(company.otherNames),
      country_of_incorporation: company.countryOfIncorporation,
      principal_place_of_business: company.principalPlaceOfBusiness,
      identifiers: JSON.stringify(company.identifiers),
      created_by: company.createdBy,
    })
    .execute();
  const { createdBy: _createdBy, ...rest } = company;
  return rest;
};

export const findCompany = async (db: Kysely<Database>, id: string): Promise<Company | null> => {
  const row = await db.selectFrom('companies').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toCompany(row) : null;
};

/** Who a company is to the permissions table: its id and who registered it. */
export const findCompanyRecord = async (
  db: Kysely<Database>,
  id: string,
): Promise<{ id: string; createdBy: string | null } | null> => {
  const row = await db.selectFrom('companies').select(['id', 'created_by']).where('id', '=', id).executeTakeFirst();
  return row ? { id: row.id, createdBy: row.created_by } : null;
};

/** All companies, or only those with the given ids; sorted by name. */
export const listCompanies = async (db: Kysely<Database>, ids?: readonly string[]): Promise<Company[]> => {
  if (ids !== undefined && ids.length === 0) return [];
  let query = db.selectFrom('companies').selectAll().orderBy('legal_name');
  if (ids !== undefined) query = query.where('id', 'in', ids);
  return (await query.execute()).map(toCompany);
};

export const upsertOwnershipEdge = async (db: Kysely<Database>, edge: OwnershipEdge): Promise<void> => {
  await db
    .insertInto('ownership_edges')
    .values({ owner_id: edge.ownerId, owned_id: edge.ownedId, share_percent: edge.sharePercent })
    .onConflict((oc) => oc.columns(['owner_id', 'owned_id']).doUpdateSet({ share_percent: edge.sharePercent }))
    .execute();
};

export const listOwnersOf = async (db: Kysely<Database>, ownedId: string): Promise<OwnershipEdge[]> => {
  const rows = await db.selectFrom('ownership_edges').selectAll().where('owned_id', '=', ownedId).execute();
  return rows.map((r) => ({ ownerId: r.owner_id, ownedId: r.owned_id, sharePercent: Number(r.share_percent) }));
};

export const listAllOwnershipEdges = async (db: Kysely<Database>): Promise<OwnershipEdge[]> => {
  const rows = await db.selectFrom('ownership_edges').selectAll().execute();
  return rows.map((r) => ({ ownerId: r.owner_id, ownedId: r.owned_id, sharePercent: Number(r.share_percent) }));
};

/** Removes the edge "ownerId owns ownedId"; whether there was one. */
export const deleteOwnershipEdge = async (
  db: Kysely<Database>,
  edge: { ownerId: string; ownedId: string },
): Promise<boolean> => {
  const result = await db
    .deleteFrom('ownership_edges')
    .where('owner_id', '=', edge.ownerId)
    .where('owned_id', '=', edge.ownedId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
};
