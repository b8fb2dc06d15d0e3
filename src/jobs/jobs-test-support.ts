import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { sha256Hex } from '../core/kernel/sha256.ts';
import type { Database } from '../db/schema.ts';
import { CatalogCache } from '../services/catalog/catalog-cache.ts';
import { ScreeningIndexCache } from '../services/screening/screening-index-cache.ts';
import type { ServiceDeps } from '../services/service-deps.ts';

/** Service deps for job tests on a migrated database, with a settable clock. */
export const jobTestDeps = (db: Kysely<Database>): { deps: ServiceDeps; now: { value: Date } } => {
  const now = { value: new Date('2026-11-28T12:00:00Z') };
  return {
    now,
    deps: {
      db,
      clock: () => now.value,
      newId: () => randomUUID(),
      randomToken: () => randomBytes(24).toString('base64url'),
      sha256: sha256Hex,
      passwords: { hash: async (p) => p, verify: async (h, p) => h === p },
      sessionTtlHours: 12,
      screeningCache: new ScreeningIndexCache(),
      catalogCache: new CatalogCache(),
    },
  };
};
