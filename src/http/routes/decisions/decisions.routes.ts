import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { readDecisionBrief } from '../../../services/proposals/read-decision-brief.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonContent, respond } from '../../route-helpers.ts';
import { DecisionBriefResponseSchema } from './decisions.schemas.ts';

const brief = createRoute({
  ...guard('proposal.brief.read'),
  method: 'get',
  path: '/api/v1/proposals/{id}/brief',
  tags: ['decisions'],
  summary:
    'The decision brief: findings, screening per party with list dates, reviews, conflicts, the designation gate and the decisions taken',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(DecisionBriefResponseSchema, 'The brief'), ...errorResponses },
});

export const registerDecisionRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(brief, async (c) => {
    const input = { proposalId: c.req.valid('param').id, now: deps.services.clock(), demo: deps.demo === true };
    return respond(c, await readDecisionBrief(deps.services.db, c.get('actor'), input), (b) => ({ brief: b }));
  });
};
