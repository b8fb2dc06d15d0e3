import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { DEFAULT_LOGIN_THROTTLE } from '../../../core/accounts/login-throttle.ts';
import { appError } from '../../../core/kernel/errors.ts';
import { logIn } from '../../../services/accounts/log-in.ts';
import { logOut } from '../../../services/accounts/log-out.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { sendError } from '../../errors.ts';
import { requestClientAddress } from '../../request-address.ts';
import { guard, publicRoute } from '../../route-guard.ts';
import { errorResponses, jsonBody, jsonContent } from '../../route-helpers.ts';
import { SESSION_COOKIE } from '../../session.ts';
import { LoginRequestSchema, LogoutResponseSchema, SessionProbeSchema, SessionSchema } from './auth.schemas.ts';

const login = createRoute({
  method: 'post',
  path: '/api/v1/auth/login',
  tags: ['auth'],
  summary: 'Log in; sets the session cookie and returns the CSRF token',
  description:
    'Accounts with two-factor sign-in send totpCode too; without it the answer is 401 totp_required. ' +
    'Failed logins are limited per account and address, per address, per account and in all (docs/security.md); ' +
    'a refused attempt is 429 with a Retry-After header and details.retryAfterSeconds.',
  request: jsonBody(LoginRequestSchema),
  responses: { 200: jsonContent(SessionSchema, 'Logged in'), ...errorResponses, 429: errorResponses[401] },
});
const logout = createRoute({
  ...guard('session.use'),
  method: 'post',
  path: '/api/v1/auth/logout',
  tags: ['auth'],
  summary: 'Log out',
  responses: { 200: jsonContent(LogoutResponseSchema, 'Logged out'), ...errorResponses },
});
const me = createRoute({
  ...guard('session.use'),
  method: 'get',
  path: '/api/v1/auth/me',
  tags: ['auth'],
  summary: 'The logged-in user and its CSRF token',
  responses: { 200: jsonContent(SessionSchema, 'The session'), ...errorResponses },
});

const probe = createRoute({
  ...publicRoute('session.probe'),
  method: 'get',
  path: '/api/v1/auth/session',
  tags: ['auth'],
  summary: 'Who is signed in: the user and its CSRF token, or nulls when nobody is (200 either way)',
  description:
    'What the web UI asks on load: a visitor who is not signed in is an expected state, not an error, so it does ' +
    'not answer 401 (which browsers log as a failed request). GET /api/v1/auth/me answers 401 instead.',
  responses: { 200: jsonContent(SessionProbeSchema, 'The session, or nulls'), ...errorResponses },
});

export const registerAuthRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const throttle = { ...DEFAULT_LOGIN_THROTTLE, pairFreeFailures: deps.loginRateLimit };

  // signing in is open to anyone by nature: it is the one route outside the permissions table
  app.openapi(login, async (c) => {
    const body = c.req.valid('json');
    const clientAddress = requestClientAddress(c, deps.trustedProxyHops ?? 0);
    const result = await logIn(deps.services, { ...body, clientAddress, throttle });
    if (!result.ok) {
      const { error } = result;
      if (error.code === 'rate_limited' && error.details && 'retryAfterSeconds' in error.details) {
        c.header('Retry-After', String(error.details.retryAfterSeconds));
        deps.logger.warn({ requestId: c.get('requestId'), clientAddress, ...error.details }, 'login held back');
      }
      return sendError(c, error);
    }
    setCookie(c, SESSION_COOKIE, result.value.sessionToken, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: deps.cookieSecure,
      path: '/',
      expires: result.value.expiresAt,
    });
    return c.json({ user: result.value.user, csrfToken: result.value.csrfToken }, 200);
  });

  app.openapi(logout, async (c) => {
    const session = c.get('session');
    if (session) await logOut(deps.services, c.get('actor'), session.sessionHash);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true }, 200);
  });

  app.openapi(probe, (c) => {
    const session = c.get('session');
    return c.json(
      session ? { user: session.user, csrfToken: session.csrfToken } : { user: null, csrfToken: null },
      200,
    );
  });

  app.openapi(me, (c) => {
    const session = c.get('session');
    if (!session) return sendError(c, appError('unauthenticated', 'Please log in.'));
    return c.json({ user: session.user, csrfToken: session.csrfToken }, 200);
  });
};
