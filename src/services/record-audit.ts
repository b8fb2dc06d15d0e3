import type { Kysely } from 'kysely';
import type { Actor } from '../core/accounts/roles.ts';
import { appendAudit } from '../db/repos/audit.repo.ts';
import type { Database } from '../db/schema.ts';
import type { ServiceDeps } from './service-deps.ts';

/** Appends the audit entry of a use case, inside its transaction. */
export const recordAudit = async (
  trx: Kysely<Database>,
  deps: ServiceDeps,
  entry: { actor: Actor | null; action: string; objectType: string; objectId: string; summary?: Record<string, unknown> },
): Promise<void> => {
  await appendAudit(
    trx,
    {
      at: deps.clock(),
      actorId: entry.actor?.userId ?? null,
      actorName: entry.actor?.name ?? 'system',
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId,
      summary: entry.summary ?? {},
    },
    deps.sha256,
  );
};
