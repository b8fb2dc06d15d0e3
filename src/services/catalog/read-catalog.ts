import type { Kysely } from 'kysely';
import { type DeliveryOutlook, deliveryOutlook } from '../../core/catalog/delivery-outlook.ts';
import { type CatalogPackage, matchesCatalogFilter, toCatalogPackage } from '../../core/catalog/to-catalog-package.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { findProposal, findVersion, listProposals, type ProposalRecord } from '../../db/repos/proposals.repo.ts';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../access.ts';

const toPackage = async (db: Kysely<Database>, p: ProposalRecord, today: string): Promise<CatalogPackage | null> => {
  if (p.currentVersion === null || p.designatedAt === null) return null;
  const version = await findVersion(db, p.id, p.currentVersion);
  if (!version) return null;
  return toCatalogPackage({
    id: p.id,
    consortiumName: p.consortiumName,
    designatedAt: p.designatedAt,
    version: version.number,
    content: version.content,
    today,
  });
};

/** Designated packages for the public catalog, built from their designated version with BCI removed. */
export const listCatalog = async (
  db: Kysely<Database>,
  input: { today: string; country?: string; sector?: string; text?: string },
): Promise<CatalogPackage[]> => {
  const designated = await listProposals(db, { statuses: ['designated'] });
  const packages = await Promise.all(designated.map((p) => toPackage(db, p, input.today)));
  return packages.filter((p): p is CatalogPackage => p !== null && matchesCatalogFilter(p, input));
};

export const getCatalogPackage = async (
  db: Kysely<Database>,
  input: { id: string; today: string },
): Promise<Result<CatalogPackage>> => {
  const proposal = await findProposal(db, input.id);
  if (proposal?.status !== 'designated') return notFound('Package');
  const pkg = await toPackage(db, proposal, input.today);
  return pkg ? ok(pkg) : notFound('Package');
};

/** Whether a designated package can ship to the buyer's country, from its public hardware fields. */
export const getDeliveryOutlook = async (
  db: Kysely<Database>,
  input: { id: string; country: string; today: string },
): Promise<Result<DeliveryOutlook>> => {
  const pkg = await getCatalogPackage(db, input);
  if (!pkg.ok) return pkg;
  return deliveryOutlook({ hardware: pkg.value.layers.hardware, country: input.country, date: input.today });
};
