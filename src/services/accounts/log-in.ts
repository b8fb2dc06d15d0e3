import type { LoginThrottlePolicy } from '../../core/accounts/login-throttle.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { deleteLoginFailures } from '../../db/repos/login-attempts.repo.ts';
import { insertSession } from '../../db/repos/sessions.repo.ts';
import { findUserByEmail } from '../../db/repos/users.repo.ts';
import { recordAudit } from '../record-audit.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { admitLoginAttempt, loginAttemptScope } from './admit-login-attempt.ts';
import { toUserView, type UserView } from './user-view.ts';

export type LoginOutcome = { user: UserView; sessionToken: string; csrfToken: string; expiresAt: Date };

const INVALID = appError('unauthenticated', 'Email or password is wrong.');

/** "in 40 seconds", "in 3 minutes": a wait in words. */
const inWords = (seconds: number): string =>
  seconds < 90 ? `in ${seconds} second${seconds === 1 ? '' : 's'}` : `in ${Math.ceil(seconds / 60)} minutes`;

/**
 * Checks the password and opens a session. The raw session token is returned once; only its hash is stored.
 * The login limits come first (src/core/accounts/login-throttle.ts): a refused attempt is `rate_limited` with
 * `details.retryAfterSeconds` and checks no password. A success forgets the failures of its account and
 * address only.
 */
export const logIn = async (
  deps: ServiceDeps,
  input: { email: string; password: string; clientAddress: string; throttle: LoginThrottlePolicy },
): Promise<Result<LoginOutcome>> => {
  const scope = loginAttemptScope(deps, input);
  const admitted = await admitLoginAttempt(deps, { scope, policy: input.throttle });
  if (!admitted.allowed) {
    const { retryAfterSeconds, limits } = admitted;
    return err(
      appError('rate_limited', `Too many failed logins; try again ${inWords(retryAfterSeconds)}.`, {
        retryAfterSeconds,
        limits,
      }),
    );
  }
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
    await deleteLoginFailures(trx, scope);
    await insertSession(trx, { idHash: deps.sha256(sessionToken), userId: user.id, csrfToken, expiresAt });
    const actor = { userId: user.id, name: user.name, role: user.role, companyIds: user.companyIds };
    await recordAudit(trx, deps, { actor, action: 'user.login', objectType: 'user', objectId: user.id });
  });
  return ok({ user: toUserView(user), sessionToken, csrfToken, expiresAt });
};
