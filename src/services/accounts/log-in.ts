import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { insertSession } from '../../db/repos/sessions.repo.ts';
import { findUserByEmail } from '../../db/repos/users.repo.ts';
import { recordAudit } from '../record-audit.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { toUserView, type UserView } from './user-view.ts';

export type LoginOutcome = { user: UserView; sessionToken: string; csrfToken: string; expiresAt: Date };

const INVALID = appError('unauthenticated', 'Email or password is wrong.');

/** Checks the password and opens a session. The raw session token is returned once; only its hash is stored. */
export const logIn = async (
  deps: ServiceDeps,
  input: { email: string; password: string },
): Promise<Result<LoginOutcome>> => {
  const user = await findUserByEmail(deps.db, input.email.trim());
  if (!user) {
    // same work as a real check, so timing does not reveal which emails exist
    await deps.passwords
      .verify(
        '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$5n2vUtuLMyMQZ0oNYxlpA4YkrHbDPrO6LLE4vT4rX1U',
        input.password,
      )
      .catch(() => false);
    return err(INVALID);
  }
  if (!(await deps.passwords.verify(user.passwordHash, input.password))) return err(INVALID);
  const now = deps.clock();
  const sessionToken = deps.randomToken();
  const csrfToken = deps.randomToken();
  const expiresAt = new Date(now.getTime() + deps.sessionTtlHours * 3_600_000);
  await deps.db.transaction().execute(async (trx) => {
    await insertSession(trx, { idHash: deps.sha256(sessionToken), userId: user.id, csrfToken, expiresAt });
    const actor = { userId: user.id, name: user.name, role: user.role, companyIds: user.companyIds };
    await recordAudit(trx, deps, { actor, action: 'user.login', objectType: 'user', objectId: user.id });
  });
  return ok({ user: toUserView(user), sessionToken, csrfToken, expiresAt });
};
