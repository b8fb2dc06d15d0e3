import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { listOutboxMails, type OutboxRecord } from '../../db/repos/mail-outbox.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';

/**
 * The mails the platform wrote (it never sends mail): readable by admins in demo mode only, since they hold
 * one-time links; outside demo mode the outbox is for the operator's mail relay, not for the web.
 */
export const listOutbox = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { demo: boolean; to?: string },
): Promise<Result<OutboxRecord[]>> => {
  if (!can(actor, 'outbox.read')) return err(appError('forbidden', 'Only admins may read the outbox.'));
  if (!input.demo) return err(appError('not_found', 'The outbox is readable only in demo mode (AIEXPORTS_DEMO=true).'));
  return ok(await listOutboxMails(deps.db, { ...(input.to ? { to: input.to } : {}), limit: 200 }));
};
