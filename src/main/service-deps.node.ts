import { randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import { sha256Hex } from '../core/kernel/sha256.ts';
import type { Database } from '../db/schema.ts';
import { CatalogCache } from '../services/catalog/catalog-cache.ts';
import { ScreeningIndexCache } from '../services/screening/screening-index-cache.ts';
import type { PasswordHasher, ServiceDeps } from '../services/service-deps.ts';

/** argon2id with the library's defaults (m=19 MiB, t=2, p=1: the OWASP minimum). */
export const argon2Passwords: PasswordHasher = {
  hash: (password) => hash(password),
  verify: async (stored, password) => {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  },
};

/** The one SHA-256 of the product, pure (core/kernel); re-exported for the callers of this module. */
export { sha256Hex };

/** The real clock, ids, tokens and hashes of a running process. */
export const nodeServiceDeps = (
  db: Kysely<Database>,
  options: { sessionTtlHours: number; auditKey?: string | null },
): ServiceDeps => ({
  db,
  clock: () => new Date(),
  newId: () => randomUUID(),
  randomToken: () => randomBytes(32).toString('base64url'),
  sha256: sha256Hex,
  passwords: argon2Passwords,
  sessionTtlHours: options.sessionTtlHours,
  auditKey: options.auditKey ?? null,
  screeningCache: new ScreeningIndexCache(),
  catalogCache: new CatalogCache(),
});
