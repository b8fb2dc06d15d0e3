import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { deleteSession, findSession } from '../../db/repos/sessions.repo.ts';
import { findUserById } from '../../db/repos/users.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { toUserView, type UserView } from './user-view.ts';

export type ResolvedSession = { user: UserView; csrfToken: string; sessionHash: string };

/** The user behind a session token, or unauthenticated when it is unknown or expired. */
export const resolveSession = async (deps: ServiceDeps, sessionToken: string): Promise<Result<ResolvedSession>> => {
  const sessionHash = deps.sha256(sessionToken);
  const session = await findSession(deps.db, sessionHash);
  if (!session) return err(appError('unauthenticated', 'Please log in.'));
  if (session.expiresAt.getTime() <= deps.clock().getTime()) {
    await deleteSession(deps.db, sessionHash);
    return err(appError('unauthenticated', 'Your session expired; please log in again.'));
  }
  const user = await findUserById(deps.db, session.userId);
  if (user?.status !== 'active') return err(appError('unauthenticated', 'Please log in.'));
  return ok({ user: toUserView(user), csrfToken: session.csrfToken, sessionHash });
};
