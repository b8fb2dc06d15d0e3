/**
 * Whether a login attempt may go ahead, from the failures recorded so far. Pure: the service counts the
 * failures in the windows `loginThrottleWindows` names and passes them in with the time.
 *
 * There is no lock an attacker can set: each limit delays attempts for a bounded time, and a limit keyed on the
 * account alone is enforced only on addresses that have failed for that account, so the real user, from an
 * address without failures, still gets in while someone else guesses.
 */

export type LoginThrottlePolicy = {
  /** failures allowed per account and address before back-off starts (setting LOGIN_RATE_LIMIT) */
  pairFreeFailures: number;
  /** the wait after the first failure past the free ones; it doubles with each further failure */
  pairFirstDelaySeconds: number;
  /** the longest back-off wait */
  pairMaxDelaySeconds: number;
  /** how long an account and address's failures are remembered without a success */
  pairMemorySeconds: number;
  /** failures allowed from one address (any account) per window */
  addressMaxFailures: number;
  addressWindowSeconds: number;
  /** failures allowed for one account (any address) per window; enforced on addresses that failed for it */
  accountMaxFailures: number;
  accountWindowSeconds: number;
  /** failures allowed in all per window: a brake on a distributed attack */
  globalMaxFailures: number;
  globalWindowSeconds: number;
};

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = Object.freeze({
  pairFreeFailures: 5,
  pairFirstDelaySeconds: 30,
  pairMaxDelaySeconds: 15 * 60,
  pairMemorySeconds: 24 * 3600,
  addressMaxFailures: 20,
  addressWindowSeconds: 15 * 60,
  accountMaxFailures: 30,
  accountWindowSeconds: 15 * 60,
  globalMaxFailures: 300,
  globalWindowSeconds: 30,
});

/** The scopes failures are counted in. */
export type LoginLimit = 'account_address' | 'address' | 'account' | 'global';
export const LOGIN_LIMITS: readonly LoginLimit[] = ['account_address', 'address', 'account', 'global'];

/** Failures of one scope recorded after `now - window`: how many, the oldest and the latest. */
export type FailureCount = { count: number; oldestAt: Date | null; latestAt: Date | null };

/** The failure counts of the scopes of one attempt (account and address, address, account, everyone). */
export type LoginFailureHistory = Record<LoginLimit, FailureCount>;

export type LoginThrottleDecision =
  | { allowed: true }
  | { allowed: false; retryAfterSeconds: number; limits: LoginLimit[] };

/** How far back the failures of each scope are counted, in seconds. */
export const loginThrottleWindows = (policy: LoginThrottlePolicy): Record<LoginLimit, number> => ({
  account_address: policy.pairMemorySeconds,
  address: policy.addressWindowSeconds,
  account: policy.accountWindowSeconds,
  global: policy.globalWindowSeconds,
});

/** How long a recorded failure matters: older ones may be deleted. */
export const loginAttemptRetentionSeconds = (policy: LoginThrottlePolicy): number =>
  Math.max(...Object.values(loginThrottleWindows(policy)));

/** The back-off wait after `failures` failures of one account and address: 0 while they are free. */
export const pairDelaySeconds = (policy: LoginThrottlePolicy, failures: number): number => {
  if (failures < policy.pairFreeFailures) return 0;
  const doublings = failures - policy.pairFreeFailures;
  return Math.min(policy.pairMaxDelaySeconds, policy.pairFirstDelaySeconds * 2 ** Math.min(doublings, 52));
};

/** When a sliding-window limit opens again: once its oldest failure leaves the window. */
const windowRetryAt = (counted: FailureCount, max: number, windowSeconds: number): number | null => {
  if (counted.count < max) return null;
  return (counted.oldestAt?.getTime() ?? 0) + windowSeconds * 1000;
};

/**
 * Allows the attempt, or names the limits that hold it back and how many seconds until all of them let it
 * through (at least 1). Refused attempts are not failures: waiting is never made longer by retrying.
 */
export const decideLoginAttempt = (
  policy: LoginThrottlePolicy,
  history: LoginFailureHistory,
  now: Date,
): LoginThrottleDecision => {
  const pair = history.account_address;
  const pairDelay = pairDelaySeconds(policy, pair.count);
  const retryAt: Record<LoginLimit, number | null> = {
    account_address: pairDelay > 0 ? (pair.latestAt?.getTime() ?? 0) + pairDelay * 1000 : null,
    address: windowRetryAt(history.address, policy.addressMaxFailures, policy.addressWindowSeconds),
    // only an address that has itself failed for the account is held back by the account's limit
    account:
      pair.count > 0 ? windowRetryAt(history.account, policy.accountMaxFailures, policy.accountWindowSeconds) : null,
    global: windowRetryAt(history.global, policy.globalMaxFailures, policy.globalWindowSeconds),
  };
  const limits = LOGIN_LIMITS.filter((limit) => {
    const at = retryAt[limit];
    return at !== null && at > now.getTime();
  });
  if (limits.length === 0) return { allowed: true };
  const latest = Math.max(...limits.map((limit) => retryAt[limit] ?? 0));
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((latest - now.getTime()) / 1000)), limits };
};
