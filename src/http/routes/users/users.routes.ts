import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { changeUser, resetUserTotp, setUserActive } from '../../../services/users/change-user.ts';
import { inviteUser } from '../../../services/users/invite-user.ts';
import { listOutbox } from '../../../services/users/list-outbox.ts';
import { listUsers } from '../../../services/users/list-users.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import {
  ChangeUserRequestSchema,
  DeactivateResponseSchema,
  InviteUserRequestSchema,
  InviteUserResponseSchema,
  OutboxQuerySchema,
  OutboxResponseSchema,
  UserResponseSchema,
  UsersQuerySchema,
  UsersResponseSchema,
} from './users.schemas.ts';

const list = createRoute({
  ...guard('users.read'),
  method: 'get',
  path: '/api/v1/users',
  tags: ['users'],
  summary: 'Users, by email: search by name or email, filter by role or status (at most 500)',
  request: { query: UsersQuerySchema },
  responses: { 200: jsonContent(UsersResponseSchema, 'Users'), ...errorResponses },
});
const invite = createRoute({
  ...guard('users.manage'),
  method: 'post',
  path: '/api/v1/users/invitations',
  tags: ['users'],
  summary: 'Invite a user: created pending, with a one-time link to set the password mailed to the outbox',
  description: 'A taken email is 409 email_taken. Agency only for government roles, companies only for applicants.',
  request: jsonBody(InviteUserRequestSchema),
  responses: { 201: jsonContent(InviteUserResponseSchema, 'The invited user'), ...errorResponses },
});
const change = createRoute({
  ...guard('users.manage'),
  method: 'patch',
  path: '/api/v1/users/{id}',
  tags: ['users'],
  summary: 'Change a user’s name, role, agency or companies (audited with before and after)',
  request: { params: IdParamSchema, ...jsonBody(ChangeUserRequestSchema) },
  responses: { 200: jsonContent(UserResponseSchema, 'The changed user'), ...errorResponses },
});
const activeRoute = (verb: 'deactivate' | 'reactivate') =>
  createRoute({
    ...guard('users.manage'),
    method: 'post',
    path: `/api/v1/users/{id}/${verb}`,
    tags: ['users'],
    summary:
      verb === 'deactivate'
        ? 'Deactivate a user: sign-in refused and every session ended'
        : 'Reactivate a deactivated user',
    request: { params: IdParamSchema },
    responses: { 200: jsonContent(DeactivateResponseSchema, 'The user'), ...errorResponses },
  });
const totpReset = createRoute({
  ...guard('users.manage'),
  method: 'post',
  path: '/api/v1/users/{id}/totp/reset',
  tags: ['users'],
  summary: 'Turn a user’s two-factor sign-in off (recovery of a lost device)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(UserResponseSchema, 'The user'), ...errorResponses },
});
const outbox = createRoute({
  ...guard('outbox.read'),
  method: 'get',
  path: '/api/v1/outbox',
  tags: ['users'],
  summary: 'The mails the platform wrote instead of sending them, latest first (demo mode only; 404 otherwise)',
  request: { query: OutboxQuerySchema },
  responses: { 200: jsonContent(OutboxResponseSchema, 'Mails'), ...errorResponses },
});

export const registerUserRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const publicUrl = deps.publicUrl ?? 'http://localhost:3000';
  app.openapi(list, async (c) =>
    respond(c, await listUsers(deps.services, c.get('actor'), c.req.valid('query')), (value) => value),
  );
  app.openapi(invite, async (c) =>
    respond(
      c,
      await inviteUser(deps.services, c.get('actor'), { ...c.req.valid('json'), publicUrl }),
      (value) => value,
      201,
    ),
  );
  app.openapi(change, async (c) =>
    respond(
      c,
      await changeUser(deps.services, c.get('actor'), { userId: c.req.valid('param').id, ...c.req.valid('json') }),
      (user) => ({ user }),
    ),
  );
  for (const verb of ['deactivate', 'reactivate'] as const) {
    app.openapi(activeRoute(verb), async (c) =>
      respond(
        c,
        await setUserActive(deps.services, c.get('actor'), {
          userId: c.req.valid('param').id,
          active: verb === 'reactivate',
        }),
        ({ sessionsEnded, ...user }) => ({ user, sessionsEnded }),
      ),
    );
  }
  app.openapi(totpReset, async (c) =>
    respond(c, await resetUserTotp(deps.services, c.get('actor'), c.req.valid('param').id), (user) => ({ user })),
  );
  app.openapi(outbox, async (c) =>
    respond(
      c,
      await listOutbox(deps.services, c.get('actor'), { demo: deps.demo === true, ...c.req.valid('query') }),
      (mails) => ({ mails: mails.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })) }),
    ),
  );
};
