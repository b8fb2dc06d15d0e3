import type { LoginThrottlePolicy } from '../../core/accounts/login-throttle.ts';
import {
  type AccountTokenKind,
  accountLink,
  passwordProblems,
  passwordResetMail,
  TOKEN_TTL_HOURS,
} from '../../core/accounts/user-admin.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import {
  insertAccountToken,
  lockAccountToken,
  markAccountTokenUsed,
  retireAccountTokens,
} from '../../db/repos/account-tokens.repo.ts';
import { insertOutboxMail } from '../../db/repos/mail-outbox.repo.ts';
import { deleteSessionsOfUser } from '../../db/repos/sessions.repo.ts';
import { findUserByEmail, findUserById, setUserPassword } from '../../db/repos/users.repo.ts';
import { admitLoginAttempt, loginAttemptScope } from '../accounts/admit-login-attempt.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { invalidFields, normaliseEmail } from './user-access.ts';

const BAD_LINK = {
  invitation: 'This invitation link is not valid, was already used or has expired; ask an admin for a new invitation.',
  password_reset: 'This reset link is not valid, was already used or has expired; ask for a new one.',
} as const satisfies Record<AccountTokenKind, string>;

/**
 * Sets a password through a one-time link: accepting an invitation (a pending user becomes active) or resetting
 * a forgotten password (every session of the user ends). The token is looked up by its hash, locked, and used
 * once; an expired, used, unknown or other-kind token is refused with one message.
 */
export const redeemAccountToken = async (
  deps: ServiceDeps,
  input: { kind: AccountTokenKind; token: string; password: string },
): Promise<Result<{ email: string }>> => {
  const problems = passwordProblems(input.password);
  if (problems.length > 0) return err(invalidFields(problems));
  const badLink = err(
    appError('invalid_input', BAD_LINK[input.kind], [{ path: 'token', message: BAD_LINK[input.kind] }]),
  );
  // hash before the transaction: argon2 is slow and needs no lock
  const passwordHash = await deps.passwords.hash(input.password);
  return inTransaction(deps.db, async (trx) => {
    const now = deps.clock();
    const token = await lockAccountToken(trx, deps.sha256(input.token));
    if (!token || token.kind !== input.kind || token.usedAt !== null || token.expiresAt.getTime() <= now.getTime())
      return badLink;
    const user = await findUserById(trx, token.userId);
    const expected = input.kind === 'invitation' ? 'pending' : 'active';
    if (!user || user.status !== expected) return badLink;
    await markAccountTokenUsed(trx, token.tokenHash, now);
    await setUserPassword(trx, user.id, { passwordHash, status: 'active' });
    const sessionsEnded = await deleteSessionsOfUser(trx, user.id);
    await retireAccountTokens(trx, { userId: user.id, kinds: ['invitation', 'password_reset'], at: now });
    const actor = { userId: user.id, name: user.name, role: user.role, companyIds: user.companyIds };
    await recordAudit(trx, deps, {
      actor,
      action: input.kind === 'invitation' ? 'user.invitation.accept' : 'user.password.reset',
      objectType: 'user',
      objectId: user.id,
      summary:
        input.kind === 'invitation'
          ? { email: user.email, before: { status: 'pending' }, after: { status: 'active' } }
          : { email: user.email, sessionsEnded },
    });
    return ok({ email: user.email });
  });
};

/**
 * Asks for a password reset link. Always the same answer whether the email is known or not (no account
 * enumeration); a known active user gets a one-time link (1 hour) in the outbox, replacing any earlier one.
 * Requests are limited with the login limits (per email and address, per address, …), counted apart from logins
 * of the same email: past the limit the answer is rate_limited, for any email alike.
 */
export const requestPasswordReset = async (
  deps: ServiceDeps,
  input: { email: string; clientAddress: string; throttle: LoginThrottlePolicy; publicUrl: string },
): Promise<Result<{ accepted: true }>> => {
  const email = normaliseEmail(input.email);
  const scope = loginAttemptScope(deps, { email: `reset:${email}`, clientAddress: input.clientAddress });
  const admitted = await admitLoginAttempt(deps, { scope, policy: input.throttle });
  if (!admitted.allowed)
    return err(
      appError('rate_limited', 'Too many reset requests; try again later.', {
        retryAfterSeconds: admitted.retryAfterSeconds,
        limits: admitted.limits,
      }),
    );
  const result = await inTransaction(deps.db, async (trx) => {
    const user = await findUserByEmail(trx, email);
    if (user?.status !== 'active') return ok({ accepted: true as const });
    const now = deps.clock();
    await retireAccountTokens(trx, { userId: user.id, kinds: ['password_reset'], at: now });
    const token = deps.randomToken();
    const expiresAt = new Date(now.getTime() + TOKEN_TTL_HOURS.password_reset * 3_600_000);
    await insertAccountToken(trx, {
      tokenHash: deps.sha256(token),
      kind: 'password_reset',
      userId: user.id,
      expiresAt,
    });
    const mailId = deps.newId();
    const link = accountLink(input.publicUrl, '/reset-password', token);
    await insertOutboxMail(trx, {
      ...passwordResetMail({ to: user.email, name: user.name, link, expiresAt }),
      id: mailId,
      createdAt: now,
    });
    await recordAudit(trx, deps, {
      actor: null,
      actorName: 'password reset request',
      action: 'user.password.reset.request',
      objectType: 'user',
      objectId: user.id,
      summary: { email: user.email, mailId },
    });
    return ok({ accepted: true as const });
  });
  return result;
};
