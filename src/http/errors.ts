import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
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
  lists_unavailable: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  list_malformed: 422,
  rate_limited: 429,
  audit_broken: 500,
  audit_key_missing: 503,
  database_in_use: 503,
  internal_error: 500,
  email_taken: 409,
  totp_required: 401,
  call_closed: 409,
  conflict_of_interest: 409,
  designation_blocked: 409,
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

/** Thrown by a request body stream cut off past its limit (request-edges.ts); answered with 413. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body is larger than ${limit} bytes.`);
    this.name = 'BodyTooLargeError';
  }
}

/** The error codes of the statuses Hono and zod-openapi throw on their own (malformed JSON, wrong content type). */
const FRAMEWORK_CODES: Partial<Record<number, { code: ErrorCode; message: string }>> = {
  400: { code: 'invalid_input', message: 'The request is malformed (a JSON body that does not parse?).' },
  401: { code: 'unauthenticated', message: 'Please log in.' },
  403: { code: 'forbidden', message: 'Not allowed.' },
  404: { code: 'not_found', message: 'Not found.' },
  413: { code: 'payload_too_large', message: 'The request body is larger than this route accepts.' },
  415: {
    code: 'unsupported_media_type',
    message: 'This route takes a JSON body: send Content-Type: application/json.',
  },
};

/**
 * The error a failure thrown by the framework stands for (an HTTPException, or a body stream cut off at its
 * limit), or null for an unexpected failure (500).
 */
export const frameworkError = (error: unknown): AppError | null => {
  const cause = error instanceof Error ? error.cause : undefined;
  if (error instanceof BodyTooLargeError || cause instanceof BodyTooLargeError) return FRAMEWORK_CODES[413] ?? null;
  if (!(error instanceof HTTPException)) return null;
  return FRAMEWORK_CODES[error.status] ?? null;
};
