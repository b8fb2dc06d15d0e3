import type { ErrorCode } from '../core/kernel/errors.ts';

/** Process exit codes. 0 = success; 1 = the check found blockers (check), or a failure; 2 = invalid input or usage. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export const exitCodeFor: Record<ErrorCode, number> = {
  invalid_input: 2,
  unauthenticated: 3,
  forbidden: 3,
  not_found: 4,
  conflict: 5,
  invalid_transition: 5,
  proposal_locked: 5,
  list_malformed: 2,
  rate_limited: 6,
  csrf_failed: 3,
  audit_broken: 7,
  internal_error: 10,
};
