import type { Kysely } from 'kysely';
import { type DeliveryOutlook, deliveryOutlook } from '../../core/catalog/delivery-outlook.ts';
import { type CatalogPackage, matchesCatalogFilter, toCatalogPackage } from '../../core/catalog/to-catalog-package.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { sha256Hex } from '../../core/kernel/sha256.ts';
import { listDesignationStamps } from '../../db/repos/catalog-state.repo.ts';
import { findVersion, listProposals, type ProposalRecord } from '../../db/repos/proposals.repo.ts';
import type { Database } from '../../db/schema.ts';
import { notFound } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';

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

export type CatalogDeps = Pick<ServiceDeps, 'db' | 'catalogCache'>;

const buildCatalog = async (db: Kysely<Database>, today: string): Promise<CatalogPackage[]> => {
  const designated = await listProposals(db, { statuses: ['designated'] });
  const packages = await Promise.all(designated.map((p) => toPackage(db, p, today)));
  return packages.filter((p): p is CatalogPackage => p !== null);
};

/**
 * Every designated package, built from its designated version with BCI removed. With deps.catalogCache, built
 * once per designation state and day: a digest of the designations (one small query per call) and the day key
 * the cache, and concurrent callers share the build in flight.
 */
const allPackages = async (deps: CatalogDeps, today: string): Promise<CatalogPackage[]> => {
  if (!deps.catalogCache) return buildCatalog(deps.db, today);
  const stamps = await listDesignationStamps(deps.db);
  const key = `${today}:${sha256Hex(JSON.stringify(stamps))}`;
  return deps.catalogCache.get(key, () => buildCatalog(deps.db, today));
};

/** Designated packages for the public catalog that match the filter. */
export const listCatalog = async (
  deps: CatalogDeps,
  input: { today: string; country?: string; sector?: string; text?: string },
): Promise<CatalogPackage[]> => (await allPackages(deps, input.today)).filter((p) => matchesCatalogFilter(p, input));

export const getCatalogPackage = async (
  deps: CatalogDeps,
  input: { id: string; today: string },
): Promise<Result<CatalogPackage>> => {
  const pkg = (await allPackages(deps, input.today)).find((p) => p.id === input.id);
  return pkg ? ok(pkg) : notFound('Package');
};

/** Whether a designated package can ship to the buyer's country, from its public hardware fields. */
export const getDeliveryOutlook = async (
  deps: CatalogDeps,
  input: { id: string; country: string; today: string },
): Promise<Result<DeliveryOutlook>> => {
  const pkg = await getCatalogPackage(deps, input);
  if (!pkg.ok) return pkg;
  return deliveryOutlook({ hardware: pkg.value.layers.hardware, country: input.country, date: input.today });
};
