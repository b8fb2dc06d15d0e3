import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import {
  diffProposalVersions,
  getProposalHistory,
  getProposalVersion,
} from '../../../services/proposals/read-proposals.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonContent, respond } from '../../route-helpers.ts';
import {
  DiffQuerySchema,
  DiffResponseSchema,
  HistoryResponseSchema,
  ProposalVersionResponseSchema,
  VersionParamsSchema,
} from './proposals.schemas.ts';

const version = createRoute({
  ...guard('proposal.read'),
  method: 'get',
  path: '/api/v1/proposals/{id}/versions/{number}',
  tags: ['proposals'],
  summary: 'One frozen version',
  request: { params: VersionParamsSchema },
  responses: { 200: jsonContent(ProposalVersionResponseSchema, 'The version'), ...errorResponses },
});
const diff = createRoute({
  ...guard('proposal.read'),
  method: 'get',
  path: '/api/v1/proposals/{id}/diff',
  tags: ['proposals'],
  summary: 'Field-level changes between two versions, or a version and the draft (the consortium only)',
  request: { params: IdParamSchema, query: DiffQuerySchema },
  responses: { 200: jsonContent(DiffResponseSchema, 'The changes'), ...errorResponses },
});
const history = createRoute({
  ...guard('proposal.read'),
  method: 'get',
  path: '/api/v1/proposals/{id}/history',
  tags: ['proposals'],
  summary: 'The audit entries of this proposal',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(HistoryResponseSchema, 'History'), ...errorResponses },
});

export const registerProposalRecordRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const { db } = deps.services;
  app.openapi(version, async (c) => {
    const { id, number } = c.req.valid('param');
    return respond(c, await getProposalVersion(db, c.get('actor'), { proposalId: id, number }), (v) => ({
      version: { ...v, submittedAt: v.submittedAt.toISOString() },
    }));
  });
  app.openapi(diff, async (c) => {
    const { from, to } = c.req.valid('query');
    const result = await diffProposalVersions(db, c.get('actor'), { proposalId: c.req.valid('param').id, from, to });
    return respond(c, result, (changes) => ({ changes }));
  });
  app.openapi(history, async (c) =>
    respond(
      c,
      await getProposalHistory(db, c.get('actor'), c.req.valid('param').id, deps.services.clock()),
      (entries) => ({ entries }),
    ),
  );
};
