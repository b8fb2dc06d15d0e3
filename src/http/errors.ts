import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppError, ErrorCode } from '../core/kernel/errors.ts';

/** The HTTP status of every error code; adding a code without a status fails the type check. */
export const statusFor: Record<ErrorCode, ContentfulStatusCode> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  proposal_locked: 409,
  list_malformed: 422,
  rate_limited: 429,
  audit_broken: 500,
  database_in_use: 503,
  internal_error: 500,
};

type WireError = { error: AppError & { requestId: string } };

/**
 * The one wire shape of every error. Typed `never` so a route may return it whatever its documented success
 * response (the error responses are documented once, in route-helpers.ts).
 */
export const sendError = <E extends { Variables: { requestId: string } }>(c: Context<E>, error: AppError): never => {
  const body: WireError = { error: { ...error, details: error.details ?? [], requestId: c.get('requestId') } };
  return c.json(body, statusFor[error.code]) as never;
};
