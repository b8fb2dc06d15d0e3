import type { CatalogPackage } from '../../core/catalog/to-catalog-package.ts';
import { VersionedCache } from '../versioned-cache.ts';

/**
 * Every package of the public catalog (unfiltered), keyed by a digest of the designations and their versions
 * plus the day: built once per designation state and day, concurrent requests sharing the build in flight.
 * One per process, passed in deps (never a global).
 */
export class CatalogCache extends VersionedCache<CatalogPackage[]> {}
