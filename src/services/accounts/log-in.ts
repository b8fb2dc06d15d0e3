import type { LoginThrottlePolicy } from '../../core/accounts/login-throttle.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { deleteLoginFailures } from '../../db/repos/login-attempts.repo.ts';
import { insertSession } from '../../db/repos/sessions.repo.ts';
import { findTotpState, findUserByEmail, setTotpState } from '../../db/repos/users.repo.ts';
import { recordAudit } from '../record-audit.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { matchTotpCode } from '../users/two-factor.ts';
import { admitLoginAttempt, loginAttemptScope } from './admit-login-attempt.ts';
import { toUserView, type UserView } from './user-view.ts';

export type LoginOutcome = { user: UserView; sessionToken: string; csrfToken: string; expiresAt: Date };

const INVALID = appError('unauthenticated', 'Email or password is wrong.');
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$5n2vUtuLMyMQZ0oNYxlpA4YkrHbDPrO6LLE4vT4rX1U';

/** "in 40 seconds", "in 3 minutes": a wait in words. */
const inWords = (seconds: number): string =>
  seconds < 90 ? `in ${seconds} second${seconds === 1 ? '' : 's'}` : `in ${Math.ceil(seconds / 60)} minutes`;

/**
 * Checks the password and opens a session. The raw session token is returned once; only its hash is stored.
 * The login limits come first (src/core/accounts/login-throttle.ts): a refused attempt is `rate_limited` with
 * `details.retryAfterSeconds` and checks no password. A success forgets the failures of its account and
 * address only. A pending user (invited, no password yet) cannot sign in; a deactivated one is told so once the
 * password is right. A user with two-factor sign-in on needs `totpCode` too: without it the answer is
 * `totp_required` (the password was right), and a wrong or reused code counts as a failed attempt.
 */
export const logIn = async (
  deps: ServiceDeps,
  input: {
    email: string;
    password: string;
    totpCode?: string | undefined;
    clientAddress: string;
    throttle: LoginThrottlePolicy;
  },
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
  if (!user || user.passwordHash === null) {
    // same work as a real check, so timing does not reveal which emails exist
    await deps.passwords.verify(DUMMY_HASH, input.password).catch(() => false);
    return err(INVALID);
  }
  if (!(await deps.passwords.verify(user.passwordHash, input.password))) return err(INVALID);
  if (user.status !== 'active')
    return err(appError('unauthenticated', 'This account is deactivated; ask an admin to reactivate it.'));
  const now = deps.clock();
  let totpStep: number | null = null;
  if (user.totpEnabled) {
    const state = await findTotpState(deps.db, user.id);
    if (!input.totpCode)
      return err(
        appError('totp_required', 'Enter the 6-digit code from your authenticator app.', [
          { path: 'totpCode', message: 'enter the code from your authenticator app' },
        ]),
      );
    totpStep =
      state?.secret != null
        ? matchTotpCode(state.secret, { code: input.totpCode, now, lastStep: state.lastStep })
        : null;
    if (totpStep === null)
      return err(
        appError('unauthenticated', 'The two-factor code is wrong or was already used.', [
          { path: 'totpCode', message: 'the code is wrong or was already used' },
        ]),
      );
  }
  const sessionToken = deps.randomToken();
  const csrfToken = deps.randomToken();
  const expiresAt = new Date(now.getTime() + deps.sessionTtlHours * 3_600_000);
  await deps.db.transaction().execute(async (trx) => {
    await deleteLoginFailures(trx, scope);
    if (totpStep !== null) {
      const state = await findTotpState(trx, user.id);
      if (state) await setTotpState(trx, user.id, { ...state, lastStep: totpStep });
    }
    await insertSession(trx, { idHash: deps.sha256(sessionToken), userId: user.id, csrfToken, expiresAt });
    const actor = { userId: user.id, name: user.name, role: user.role, companyIds: user.companyIds };
    await recordAudit(trx, deps, { actor, action: 'user.login', objectType: 'user', objectId: user.id });
  });
  return ok({ user: toUserView(user), sessionToken, csrfToken, expiresAt });
};
