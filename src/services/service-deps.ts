import type { Kysely } from 'kysely';
import type { Sha256Hex } from '../core/audit/audit-chain.ts';
import type { Result } from '../core/kernel/result.ts';
import type { Database } from '../db/schema.ts';
import type { CatalogCache } from './catalog/catalog-cache.ts';
import type { ScreeningIndexCache } from './screening/screening-index-cache.ts';

export type PasswordHasher = {
  hash: (password: string) => Promise<string>;
  verify: (hash: string, password: string) => Promise<boolean>;
};

/** What every use case needs from the outside world, passed in explicitly (tests pass their own). */
export type ServiceDeps = {
  db: Kysely<Database>;
  clock: () => Date;
  newId: () => string;
  /** a long random token for sessions and CSRF */
  randomToken: () => string;
  sha256: Sha256Hex;
  passwords: PasswordHasher;
  sessionTtlHours: number;
  /** the key that signs audit checkpoints (AIEXPORTS_AUDIT_KEY / _FILE); absent or null: checkpoints are off */
  auditKey?: string | null;
  /** the screening index over the current list versions, kept between calls (optional: built per call without) */
  screeningCache?: ScreeningIndexCache;
  /** the public catalog, kept per designation state and day (optional: built per call without) */
  catalogCache?: CatalogCache;
};

class Rollback<T> extends Error {
  constructor(readonly result: Result<T>) {
    super('rollback');
  }
}

/**
 * Runs fn in one transaction. A failed Result rolls everything back and is returned as is, so a use case
 * either writes all its rows and its audit entry or nothing.
 */
export const inTransaction = async <T>(
  db: Kysely<Database>,
  fn: (trx: Kysely<Database>) => Promise<Result<T>>,
): Promise<Result<T>> => {
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await fn(trx);
      if (!result.ok) throw new Rollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result as Result<T>;
    throw error;
  }
};
