import { addressThrottleKey } from '../../core/accounts/client-address.ts';
import {
  decideLoginAttempt,
  type LoginThrottleDecision,
  type LoginThrottlePolicy,
  loginThrottleWindows,
} from '../../core/accounts/login-throttle.ts';
import { countLoginFailures, insertLoginAttempt, lockLoginAddress } from '../../db/repos/login-attempts.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';

/** Whom a login attempt's failures are counted against: the account (by a hash of its email) and the address. */
export type LoginAttemptScope = { accountHash: string; address: string };

/** The scope of an attempt: emails are compared trimmed and lowercase and stored only hashed. */
export const loginAttemptScope = (
  deps: Pick<ServiceDeps, 'sha256'>,
  input: { email: string; clientAddress: string },
): LoginAttemptScope => ({
  accountHash: deps.sha256(`login-account:${input.email.trim().toLowerCase()}`),
  address: addressThrottleKey(input.clientAddress),
});

/**
 * Decides whether a login attempt may check its password, from the failures every instance recorded, and when
 * it may, records it at once (as a failure until the login succeeds). Attempts from one address are decided one
 * at a time (an advisory lock), so a burst of parallel requests cannot all slip in before the first is counted.
 */
export const admitLoginAttempt = async (
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'sha256'>,
  input: { scope: LoginAttemptScope; policy: LoginThrottlePolicy },
): Promise<LoginThrottleDecision> => {
  const { scope, policy } = input;
  return deps.db.transaction().execute(async (trx) => {
    await lockLoginAddress(trx, Number.parseInt(deps.sha256(scope.address).slice(0, 8), 16));
    const now = deps.clock();
    const history = await countLoginFailures(trx, { ...scope, now, windows: loginThrottleWindows(policy) });
    const decision = decideLoginAttempt(policy, history, now);
    if (decision.allowed) await insertLoginAttempt(trx, { ...scope, at: now });
    return decision;
  });
};
