import { Secret, TOTP } from 'otpauth';
import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { findTotpState, findUserById, setTotpState } from '../../db/repos/users.repo.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';

/** TOTP as authenticator apps do it (RFC 6238): SHA-1, 6 digits, 30 s; a code one step early or late is accepted. */
const PERIOD = 30;
const ISSUER = 'AI Exports Program';

const totpOf = (secret: string, label = 'account') =>
  new TOTP({ issuer: ISSUER, label, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: PERIOD });

/**
 * The time step a code matches (within one step either side), or null. A step at or before `lastStep` is
 * refused: a code signs in once.
 */
export const matchTotpCode = (
  secret: string,
  input: { code: string; now: Date; lastStep: number | null },
): number | null => {
  const code = input.code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(secret).validate({ token: code, timestamp: input.now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(input.now.getTime() / 1000 / PERIOD) + delta;
  return input.lastStep !== null && step <= input.lastStep ? null : step;
};

const WRONG_CODE = appError('invalid_input', 'The code is wrong or was already used; enter the current code.', [
  { path: 'code', message: 'the code is wrong or was already used' },
]);
const FORBIDDEN = appError('forbidden', 'Two-factor sign-in is for government roles.');

/**
 * Starts enrolment: a new secret, kept server-side until confirmed with a code, and the otpauth:// address an
 * authenticator app reads (the web shows it as a QR code). Starting again replaces an unconfirmed secret.
 */
export const beginTotpEnrolment = async (
  deps: ServiceDeps,
  actor: Actor,
): Promise<Result<{ secret: string; uri: string }>> => {
  if (!can(actor, 'account.totp')) return err(FORBIDDEN);
  return inTransaction(deps.db, async (trx) => {
    const user = await findUserById(trx, actor.userId);
    const state = await findTotpState(trx, actor.userId);
    if (!user || !state) return err(appError('not_found', 'Your account was not found.'));
    if (state.enabled) return err(appError('conflict', 'Two-factor sign-in is already on; turn it off first.'));
    // 20 random bytes, derived from the injected token source
    const secret = Secret.fromHex(deps.sha256(deps.randomToken()).slice(0, 40)).base32;
    await setTotpState(trx, actor.userId, { secret, enabled: false, lastStep: null });
    return ok({ secret, uri: totpOf(secret, user.email).toString() });
  });
};

/** Confirms enrolment with a current code: from then on sign-in asks for a code. Audited (never the secret). */
export const confirmTotpEnrolment = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { code: string },
): Promise<Result<{ totpEnabled: true }>> => {
  if (!can(actor, 'account.totp')) return err(FORBIDDEN);
  return inTransaction(deps.db, async (trx) => {
    const state = await findTotpState(trx, actor.userId);
    if (!state) return err(appError('not_found', 'Your account was not found.'));
    if (state.enabled) return err(appError('conflict', 'Two-factor sign-in is already on.'));
    if (state.secret === null) return err(appError('conflict', 'Start the enrolment first.'));
    const step = matchTotpCode(state.secret, { code: input.code, now: deps.clock(), lastStep: null });
    if (step === null) return err(WRONG_CODE);
    await setTotpState(trx, actor.userId, { secret: state.secret, enabled: true, lastStep: step });
    await recordAudit(trx, deps, {
      actor,
      action: 'user.totp.enable',
      objectType: 'user',
      objectId: actor.userId,
      summary: { before: { totpEnabled: false }, after: { totpEnabled: true } },
    });
    return ok({ totpEnabled: true as const });
  });
};

/** Turns one's own two-factor sign-in off, with a current code. Audited. */
export const disableTotp = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { code: string },
): Promise<Result<{ totpEnabled: false }>> => {
  if (!can(actor, 'account.totp')) return err(FORBIDDEN);
  return inTransaction(deps.db, async (trx) => {
    const state = await findTotpState(trx, actor.userId);
    if (!state) return err(appError('not_found', 'Your account was not found.'));
    if (!state.enabled || state.secret === null) return err(appError('conflict', 'Two-factor sign-in is not on.'));
    const step = matchTotpCode(state.secret, { code: input.code, now: deps.clock(), lastStep: state.lastStep });
    if (step === null) return err(WRONG_CODE);
    await setTotpState(trx, actor.userId, { secret: null, enabled: false, lastStep: null });
    await recordAudit(trx, deps, {
      actor,
      action: 'user.totp.disable',
      objectType: 'user',
      objectId: actor.userId,
      summary: { before: { totpEnabled: true }, after: { totpEnabled: false } },
    });
    return ok({ totpEnabled: false as const });
  });
};
