import { type LoginThrottlePolicy, loginAttemptRetentionSeconds } from '../../core/accounts/login-throttle.ts';
import { deleteLoginAttemptsBefore } from '../../db/repos/login-attempts.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';

/**
 * Deletes the login attempts older than the longest window of the login limits: they no longer count. Run on a
 * schedule beside the session purge (src/main/server.ts). The limiter's memory is only ever trimmed by age.
 */
export const purgeOldLoginAttempts = async (
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  policy: LoginThrottlePolicy,
): Promise<number> => {
  const before = new Date(deps.clock().getTime() - loginAttemptRetentionSeconds(policy) * 1000);
  return deleteLoginAttemptsBefore(deps.db, before);
};
