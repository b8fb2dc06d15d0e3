import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { answerInvitation } from '../../../services/consortia/answer-invitation.ts';
import { listMyInvitations } from '../../../services/consortia/list-invitations.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonContent, respond } from '../../route-helpers.ts';
import { InvitationResponseSchema, InvitationsResponseSchema } from './consortia.schemas.ts';

const list = createRoute({
  ...guard('consortium.invitations.read'),
  method: 'get',
  path: '/api/v1/consortium-invitations',
  tags: ['consortia'],
  summary: 'Consortium invitations of the companies you act for',
  responses: { 200: jsonContent(InvitationsResponseSchema, 'Invitations'), ...errorResponses },
});
const answerRoute = (answer: 'accept' | 'decline') =>
  createRoute({
    ...guard('consortium.invitation.answer'),
    method: 'post',
    path: `/api/v1/consortium-invitations/{id}/${answer}`,
    tags: ['consortia'],
    summary:
      answer === 'accept'
        ? 'Accept an invitation: your company joins the consortium'
        : 'Decline an invitation for your company',
    request: { params: IdParamSchema },
    responses: { 200: jsonContent(InvitationResponseSchema, 'The answered invitation'), ...errorResponses },
  });

export const registerInvitationRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(list, async (c) =>
    c.json({ invitations: await listMyInvitations(deps.services.db, c.get('actor')) }, 200),
  );
  for (const answer of ['accept', 'decline'] as const) {
    app.openapi(answerRoute(answer), async (c) =>
      respond(
        c,
        await answerInvitation(deps.services, c.get('actor'), { invitationId: c.req.valid('param').id, answer }),
        (invitation) => ({ invitation }),
      ),
    );
  }
};
