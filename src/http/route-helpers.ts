import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Result } from '../core/kernel/result.ts';
import { sendError } from './errors.ts';

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown(),
    requestId: z.string(),
  }),
});
/** The one wire shape of every error response, as documented. */
export type ErrorBody = z.infer<typeof ErrorSchema>;

const errorResponse = (description: string) => ({
  content: { 'application/json': { schema: ErrorSchema } },
  description,
});

/** The error responses every route may give. */
export const errorResponses = {
  400: errorResponse('Invalid input; details lists each field'),
  401: errorResponse('Not logged in'),
  403: errorResponse('Role or ownership does not allow it, or CSRF token missing'),
  404: errorResponse('Not found, or not visible to the caller'),
  409: errorResponse('Not allowed in the current state'),
  413: errorResponse('The request body is larger than the route accepts (payload_too_large)'),
  415: errorResponse('A request body that is not JSON (unsupported_media_type)'),
} as const;

export const jsonContent = <T extends z.ZodType>(schema: T, description: string) => ({
  content: { 'application/json': { schema } },
  description,
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

/**
 * Sends a service result: the value through present(), or the error in the one wire shape. The response keeps
 * its type, so a handler whose presented shape differs from the route's documented response does not compile.
 */
export const respond = <E extends { Variables: { requestId: string } }, T, Body, S extends 200 | 201 | 202 = 200>(
  c: Context<E>,
  result: Result<T>,
  present: (value: T) => Body,
  status?: S,
) => (result.ok ? c.json(present(result.value), (status ?? 200) as S) : sendError(c, result.error));

/** The `{id}` path parameter. */
export const IdParamSchema = z.object({ id: z.string().min(1).max(100) });
