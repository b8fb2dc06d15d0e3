import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { appError } from '../core/kernel/errors.ts';
import { resolveSession } from '../services/accounts/resolve-session.ts';
import type { AppEnv, HttpDeps } from './app-env.ts';
import { sendError } from './errors.ts';

export const SESSION_COOKIE = 'aiex_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves the session cookie (if any) and enforces the CSRF header on state-changing requests that carry one. */
export const sessionMiddleware =
  (deps: HttpDeps): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    c.set('session', null);
    c.set('actor', null);
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const resolved = await resolveSession(deps.services, token);
      if (resolved.ok) {
        const { user } = resolved.value;
        c.set('session', resolved.value);
        c.set('actor', { userId: user.id, name: user.name, role: user.role, companyIds: [...user.companyIds] });
        if (!SAFE_METHODS.has(c.req.method) && c.req.header('x-csrf-token') !== resolved.value.csrfToken) {
          return sendError(c, appError('csrf_failed', 'Missing or wrong CSRF token; reload the page and try again.'));
        }
      }
    }
    await next();
  };
