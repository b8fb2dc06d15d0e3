import type { ErrorCode } from '../core/kernel/errors.ts';

/**
 * Process exit codes. 0 = success; 1 = the check found blockers (a finding, not a failure); every failure exits
 * with its error code's entry in `exitCodeFor` (through `fail` in fail.ts): 2 invalid input or usage, 7 the audit
 * chain is broken, 8 no audit key is configured, 9 the embedded database is held by another process (the
 * server), 10 an unexpected failure, 11 no list version is loaded to screen against, 12 a user with
 * that email already exists (`users add`), 13 a designation the designation gate refuses, …
 */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;

export const exitCodeFor: Record<ErrorCode, number> = {
  invalid_input: 2,
  unauthenticated: 3,
  forbidden: 3,
  not_found: 4,
  conflict: 5,
  invalid_transition: 5,
  proposal_locked: 5,
  list_malformed: 2,
  payload_too_large: 2,
  unsupported_media_type: 2,
  rate_limited: 6,
  csrf_failed: 3,
  audit_broken: 7,
  audit_key_missing: 8,
  database_in_use: 9,
  internal_error: 10,
  lists_unavailable: 11,
  email_taken: 12,
  totp_required: 3,
  call_closed: 5,
  conflict_of_interest: 5,
  designation_blocked: 13,
};
