import type { Context, MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { roleMay } from '../core/accounts/permissions.ts';
import { appError, type FieldError } from '../core/kernel/errors.ts';
import { findUnsafeText } from '../core/kernel/unsafe-text.ts';
import type { AppEnv, HttpDeps } from './app-env.ts';
import { BodyTooLargeError, sendError } from './errors.ts';

/** Routes whose body may reach the list-import limit, for signed-in callers whose role may import lists. */
const LIST_IMPORT_ROUTES = new Set(['POST /api/v1/lists/import']);
const BODYLESS_METHODS = new Set(['GET', 'HEAD']);
/** What zod-openapi treats as a JSON body (application/json, application/…+json). */
const JSON_MEDIA_TYPE = /^application\/([a-z-.]+\+)?json/i;
const IMMUTABLE_ASSET = 'public, max-age=31536000, immutable';

/**
 * `Cache-Control: no-store` on API responses and errors: any of them can carry confidential data. The web UI's
 * files carry none: hashed assets (`/assets/…`, a new name per build) are cached for a year as immutable, and the
 * page itself (index.html, served for every page path) and the other files are `no-cache` (kept, but checked with
 * their ETag on every use, so a new build is seen at once).
 */
export const cacheControl = (): MiddlewareHandler => async (c, next) => {
  await next();
  const path = c.req.path;
  const served = (c.res.status === 200 || c.res.status === 304) && !path.startsWith('/api/') && path !== '/api';
  c.header('cache-control', !served ? 'no-store' : path.startsWith('/assets/') ? IMMUTABLE_ASSET : 'no-cache');
};

const bodyLimitFor = (c: Context<AppEnv>, limits: HttpDeps['bodyLimits']): number => {
  const actor = c.get('actor') ?? null;
  const large = LIST_IMPORT_ROUTES.has(`${c.req.method} ${c.req.path}`) && actor && roleMay(actor.role, 'lists.import');
  return large ? limits.listImportBytes : limits.defaultBytes;
};

const tooLarge = (c: Context<AppEnv>, limit: number) => {
  c.header('connection', 'close');
  return sendError(
    c,
    appError('payload_too_large', `The request body is larger than this route accepts (${limit} bytes).`, {
      limitBytes: limit,
    }),
  );
};

/** The body as a stream that errors once more than `limit` bytes have passed, without reading further. */
const capped = (body: ReadableStream<Uint8Array>, limit: number): ReadableStream<Uint8Array> => {
  const reader = body.getReader();
  let size = 0;
  return new ReadableStream<Uint8Array>({
    pull: async (controller) => {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      size += value.byteLength;
      // the rest is left unread: the Node server drains or closes the connection after the 413
      if (size > limit) return controller.error(new BodyTooLargeError(limit));
      controller.enqueue(value);
    },
  });
};

/** The route's path parameters by name (a global middleware sees none of its own). */
const pathParams = (c: Context): Record<string, string> => {
  const saved = c.req.routeIndex;
  const params: Record<string, string> = {};
  try {
    for (let index = 0; index < matchedRoutes(c).length; index += 1) {
      c.req.routeIndex = index;
      Object.assign(params, c.req.param());
    }
  } finally {
    c.req.routeIndex = saved;
  }
  return params;
};

/** The query as the route validators see it: one value as a string, a repeated key as a list. */
const queryValues = (c: Context): Record<string, string | string[]> =>
  Object.fromEntries(
    Object.entries(c.req.queries()).map(([key, values]) => [key, values.length === 1 ? (values[0] ?? '') : values]),
  );

const invalid = (c: Context<AppEnv>, details: FieldError[]) =>
  sendError(
    c,
    appError(
      'invalid_input',
      `Invalid input: ${details
        .slice(0, 3)
        .map((d) => `${d.path}: ${d.message}`)
        .join('; ')}`,
      details,
    ),
  );

/**
 * The edges of every request, before any route reads it: the body limit (413 from Content-Length before a byte
 * is read; a body without length is cut off at the limit while it streams), malformed JSON (400), and NUL
 * characters or lone surrogates in the path parameters, the query or any string of a JSON body (400 naming
 * the field). Runs after the session middleware: the larger list-import limit needs the signed-in actor.
 */
export const requestEdges =
  (limits: HttpDeps['bodyLimits']): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const limit = bodyLimitFor(c, limits);
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > limit) return tooLarge(c, limit);
    const raw = c.req.raw;
    const hasBody = raw.body !== null && !BODYLESS_METHODS.has(c.req.method);
    if (hasBody && raw.body) {
      c.req.raw = new Request(raw, { body: capped(raw.body, limit), duplex: 'half' } as RequestInit);
    }
    const pathErrors = findUnsafeText(pathParams(c), 'path');
    const unsafe = [
      ...(pathErrors.length > 0 ? pathErrors : findUnsafeText(c.req.path, 'path')),
      ...findUnsafeText(queryValues(c), 'query'),
    ];
    if (hasBody && JSON_MEDIA_TYPE.test(c.req.header('content-type') ?? '')) {
      let text: string;
      try {
        text = await c.req.text();
      } catch (error) {
        if (error instanceof BodyTooLargeError) return tooLarge(c, limit);
        throw error;
      }
      if (text.trim() !== '') {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch (error) {
          const reason = error instanceof Error ? error.message : 'it does not parse';
          return invalid(c, [{ path: 'body', message: `The request body is not valid JSON: ${reason}` }]);
        }
        // the route's validator reads this parse instead of parsing the body again
        c.req.bodyCache.json = Promise.resolve(parsed);
        unsafe.push(...findUnsafeText(parsed, 'body'));
      }
    }
    if (unsafe.length > 0) return invalid(c, unsafe);
    await next();
  };
