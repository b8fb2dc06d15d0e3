import type { Actor } from '../../core/accounts/roles.ts';
import { deleteSession } from '../../db/repos/sessions.repo.ts';
import { recordAudit } from '../record-audit.ts';
import type { ServiceDeps } from '../service-deps.ts';

export const logOut = async (deps: ServiceDeps, actor: Actor, sessionHash: string): Promise<void> => {
  await deps.db.transaction().execute(async (trx) => {
    await deleteSession(trx, sessionHash);
    await recordAudit(trx, deps, { actor, action: 'user.logout', objectType: 'user', objectId: actor.userId });
  });
};
