import { deleteExpiredSessions } from '../../db/repos/sessions.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';

/** Deletes every session that expired before now; run on a schedule by the server (src/main/server.ts). */
export const purgeExpiredSessions = async (deps: Pick<ServiceDeps, 'db' | 'clock'>): Promise<void> => {
  await deleteExpiredSessions(deps.db, deps.clock());
};
