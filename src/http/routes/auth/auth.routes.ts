import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { appError } from '../../../core/kernel/errors.ts';
import { logIn } from '../../../services/accounts/log-in.ts';
import { logOut } from '../../../services/accounts/log-out.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { sendError } from '../../errors.ts';
import { createLoginRateLimiter } from '../../login-rate-limit.ts';
import { errorResponses, jsonBody, jsonContent } from '../../route-helpers.ts';
import { UserSchema } from '../../schemas.ts';
import { SESSION_COOKIE, unauthenticated } from '../../session.ts';

const LoginSchema = z.object({
  email: z.string().trim().email('enter an email address').max(320),
  password: z.string().min(1, 'enter your password').max(200),
});
const SessionSchema = z.object({ user: UserSchema, csrfToken: z.string() });

const login = createRoute({
  method: 'post',
  path: '/api/v1/auth/login',
  tags: ['auth'],
  summary: 'Log in; sets the session cookie and returns the CSRF token',
  request: jsonBody(LoginSchema),
  responses: { 200: jsonContent(SessionSchema, 'Logged in'), ...errorResponses, 429: errorResponses[401] },
});
const logout = createRoute({
  method: 'post',
  path: '/api/v1/auth/logout',
  tags: ['auth'],
  summary: 'Log out',
  responses: { 200: jsonContent(z.object({ ok: z.boolean() }), 'Logged out'), ...errorResponses },
});
const me = createRoute({
  method: 'get',
  path: '/api/v1/auth/me',
  tags: ['auth'],
  summary: 'The logged-in user and its CSRF token',
  responses: { 200: jsonContent(SessionSchema, 'The session'), ...errorResponses },
});

export const registerAuthRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const limiter = createLoginRateLimiter({
    limit: deps.loginRateLimit,
    windowMs: 15 * 60_000,
    now: () => deps.services.clock().getTime(),
  });

  app.openapi(login, async (c) => {
    const body = c.req.valid('json');
    const address = c.req.header('x-forwarded-for')?.split(',')[0]?.trim() ?? 'local';
    const key = `${body.email.toLowerCase()}|${address}`;
    if (!limiter.attempt(key)) {
      return sendError(c, appError('rate_limited', 'Too many login attempts; wait 15 minutes and try again.'));
    }
    const result = await logIn(deps.services, body);
    if (!result.ok) return sendError(c, result.error);
    limiter.reset(key);
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
    const actor = c.get('actor');
    const session = c.get('session');
    if (!actor || !session) return unauthenticated(c);
    await logOut(deps.services, actor, session.sessionHash);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true }, 200);
  });

  app.openapi(me, (c) => {
    const session = c.get('session');
    if (!session) return unauthenticated(c);
    return c.json({ user: session.user, csrfToken: session.csrfToken }, 200);
  });
};
