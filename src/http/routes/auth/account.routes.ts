import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { DEFAULT_LOGIN_THROTTLE } from '../../../core/accounts/login-throttle.ts';
import { redeemAccountToken, requestPasswordReset } from '../../../services/users/redeem-account-token.ts';
import { beginTotpEnrolment, confirmTotpEnrolment, disableTotp } from '../../../services/users/two-factor.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { sendError } from '../../errors.ts';
import { requestClientAddress } from '../../request-address.ts';
import { guard, publicRoute } from '../../route-guard.ts';
import { errorResponses, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import {
  ResetRequestResponseSchema,
  ResetRequestSchema,
  SetPasswordRequestSchema,
  SetPasswordResponseSchema,
  TotpCodeRequestSchema,
  TotpEnrolmentSchema,
  TotpStateSchema,
} from '../users/users.schemas.ts';

const RESET_ANSWER =
  'If an active account has this email, a link to reset its password is on its way; it works once, for one hour.';

const setPasswordRoute = (kind: 'invitation' | 'password_reset') =>
  createRoute({
    ...publicRoute('account.recover'),
    method: 'post',
    path: kind === 'invitation' ? '/api/v1/auth/accept-invitation' : '/api/v1/auth/password-reset',
    tags: ['auth'],
    summary:
      kind === 'invitation'
        ? 'Accept an invitation: set the password with the one-time link’s token'
        : 'Set a new password with the one-time reset link’s token; ends every session',
    request: jsonBody(SetPasswordRequestSchema),
    responses: { 200: jsonContent(SetPasswordResponseSchema, 'Password set; log in'), ...errorResponses },
  });
const resetRequest = createRoute({
  ...publicRoute('account.recover'),
  method: 'post',
  path: '/api/v1/auth/password-reset/request',
  tags: ['auth'],
  summary: 'Ask for a password reset link (the same answer whether the email is known or not)',
  description: 'Requests are limited like logins: past the limit, 429 with Retry-After for any email alike.',
  request: jsonBody(ResetRequestSchema),
  responses: { 202: jsonContent(ResetRequestResponseSchema, 'Accepted'), ...errorResponses, 429: errorResponses[401] },
});
const enrol = createRoute({
  ...guard('account.totp'),
  method: 'post',
  path: '/api/v1/account/totp/enrolment',
  tags: ['auth'],
  summary: 'Start two-factor enrolment: a new secret and its otpauth:// address (confirm with a code)',
  responses: { 200: jsonContent(TotpEnrolmentSchema, 'The secret to add to an authenticator app'), ...errorResponses },
});
const codeRoute = (verb: 'confirm' | 'disable') =>
  createRoute({
    ...guard('account.totp'),
    method: 'post',
    path: `/api/v1/account/totp/${verb}`,
    tags: ['auth'],
    summary:
      verb === 'confirm'
        ? 'Confirm two-factor enrolment with a current code: sign-in asks for a code from now on'
        : 'Turn two-factor sign-in off with a current code',
    request: jsonBody(TotpCodeRequestSchema),
    responses: { 200: jsonContent(TotpStateSchema, 'Two-factor state'), ...errorResponses },
  });

/** Invitations, password reset and one's own two-factor sign-in. */
export const registerAccountRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const throttle = { ...DEFAULT_LOGIN_THROTTLE, pairFreeFailures: deps.loginRateLimit };
  const publicUrl = deps.publicUrl ?? 'http://localhost:3000';
  for (const kind of ['invitation', 'password_reset'] as const) {
    app.openapi(setPasswordRoute(kind), async (c) =>
      respond(c, await redeemAccountToken(deps.services, { kind, ...c.req.valid('json') }), (value) => value),
    );
  }
  app.openapi(resetRequest, async (c) => {
    const clientAddress = requestClientAddress(c, deps.trustedProxyHops ?? 0);
    const result = await requestPasswordReset(deps.services, {
      email: c.req.valid('json').email,
      clientAddress,
      throttle,
      publicUrl,
    });
    if (!result.ok && result.error.details && 'retryAfterSeconds' in result.error.details)
      c.header('Retry-After', String(result.error.details.retryAfterSeconds));
    if (!result.ok) return sendError(c, result.error);
    return c.json({ message: RESET_ANSWER }, 202);
  });
  app.openapi(enrol, async (c) =>
    respond(c, await beginTotpEnrolment(deps.services, c.get('actor')), (value) => value),
  );
  app.openapi(codeRoute('confirm'), async (c) =>
    respond(c, await confirmTotpEnrolment(deps.services, c.get('actor'), c.req.valid('json')), (value) => value),
  );
  app.openapi(codeRoute('disable'), async (c) =>
    respond(c, await disableTotp(deps.services, c.get('actor'), c.req.valid('json')), (value) => value),
  );
};
