import type { Kysely } from 'kysely';
import { type CatalogPackage, matchesCatalogFilter, toCatalogPackage } from '../../core/catalog/to-catalog-package.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { findProposal, findVersion, listProposals, type ProposalRecord } from '../../db/repos/proposals.repo.ts';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../access.ts';

const toPackage = async (db: Kysely<Database>, p: ProposalRecord): Promise<CatalogPackage | null> => {
  if (p.currentVersion === null || p.designatedAt === null) return null;
  const version = await findVersion(db, p.id, p.currentVersion);
  if (!version) return null;
  return toCatalogPackage({
    id: p.id,
    consortiumName: p.consortiumName,
    designatedAt: p.designatedAt,
    version: version.number,
    content: version.content,
  });
};

/** Designated packages for the public catalog, built from their designated version with BCI removed. */
export const listCatalog = async (
  db: Kysely<Database>,
  filter: { country?: string; sector?: string; text?: string } = {},
): Promise<CatalogPackage[]> => {
  const designated = await listProposals(db, { statuses: ['designated'] });
  const packages = await Promise.all(designated.map((p) => toPackage(db, p)));
  return packages.filter((p): p is CatalogPackage => p !== null && matchesCatalogFilter(p, filter));
};

export const getCatalogPackage = async (db: Kysely<Database>, id: string): Promise<Result<CatalogPackage>> => {
  const proposal = await findProposal(db, id);
  if (proposal?.status !== 'designated') return notFound('Package');
  const pkg = await toPackage(db, proposal);
  return pkg ? ok(pkg) : notFound('Package');
};
