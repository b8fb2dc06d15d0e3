/** Every error the platform can report. Each code maps to one HTTP status (http/errors.ts) and one exit code (cli/exit-codes.ts). */
export type ErrorCode =
  /** input failed validation; details lists the fields */
  | 'invalid_input'
  /** not logged in, or the session expired */
  | 'unauthenticated'
  /** logged in, but the role or ownership does not allow it */
  | 'forbidden'
  /** the object does not exist, or the caller may not know it exists */
  | 'not_found'
  /** the request conflicts with the current state (duplicate, concurrent change) */
  | 'conflict'
  /** a workflow transition that the current state does not allow */
  | 'invalid_transition'
  /** a submitted version is frozen and cannot be edited */
  | 'proposal_locked'
  /** a list file could not be parsed; details name file, line and field */
  | 'list_malformed'
  /** too many attempts; try again later */
  | 'rate_limited'
  /** the request body is larger than the route accepts (REQUEST_BODY_LIMIT_BYTES, LIST_IMPORT_BODY_LIMIT_BYTES) */
  | 'payload_too_large'
  /** the request body is not in a format the route accepts (a JSON route needs Content-Type: application/json) */
  | 'unsupported_media_type'
  /** the CSRF token is missing or wrong */
  | 'csrf_failed'
  /** the audit chain does not verify */
  | 'audit_broken'
  /** an audit checkpoint was asked for, but no signing key is configured (AIEXPORTS_AUDIT_KEY or _FILE) */
  | 'audit_key_missing'
  /** the embedded database (PGlite) is held by another process, e.g. the running server; details name the lock */
  | 'database_in_use'
  /** screening was asked for, but no list version is loaded (fail-closed: never "no hits" against nothing) */
  | 'lists_unavailable'
  /** a user with this email already exists (invitation or `users add`) */
  | 'email_taken'
  /** the password was right, but the account signs in with a two-factor code too: send totpCode */
  | 'totp_required'
  /** the call for proposals is not open (not yet opened, closed, or none open): nothing can be started or first submitted under it */
  | 'call_closed'
  /** a reviewer and a proposal conflict (5 CFR 2635.502) and no program officer waived it; details list why */
  | 'conflict_of_interest'
  /** a designation refused by the designation gate; details.blockers lists every blocker with its code and object */
  | 'designation_blocked'
  /** an unexpected failure; logged with a request id */
  | 'internal_error';

export type FieldError = { path: string; message: string };

export type AppError = {
  code: ErrorCode;
  message: string;
  details?: FieldError[] | Record<string, unknown>;
};

export const appError = (code: ErrorCode, message: string, details?: AppError['details']): AppError =>
  details === undefined ? { code, message } : { code, message, details };
