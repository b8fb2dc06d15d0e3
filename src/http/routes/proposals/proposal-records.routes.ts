import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { ProposalContentSchema } from '../../../core/package/proposal.schema.ts';
import {
  diffProposalVersions,
  getProposalHistory,
  getProposalVersion,
} from '../../../services/proposals/read-proposals.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { errorResponses, jsonContent, respond } from '../../route-helpers.ts';
import { AuditEntrySchema, IdParamSchema } from '../../schemas.ts';
import { unauthenticated } from '../../session.ts';

const version = createRoute({
  method: 'get',
  path: '/api/v1/proposals/{id}/versions/{number}',
  tags: ['proposals'],
  summary: 'One frozen version',
  request: { params: IdParamSchema.extend({ number: z.coerce.number().int().min(1) }) },
  responses: {
    200: jsonContent(
      z.object({
        version: z.object({
          number: z.number(),
          submittedAt: z.string(),
          submittedBy: z.string().nullable(),
          content: ProposalContentSchema,
        }),
      }),
      'The version',
    ),
    ...errorResponses,
  },
});
const diff = createRoute({
  method: 'get',
  path: '/api/v1/proposals/{id}/diff',
  tags: ['proposals'],
  summary: 'Field-level changes between two versions, or a version and the draft',
  request: {
    params: IdParamSchema,
    query: z.object({
      from: z.coerce.number().int().min(1),
      to: z.union([z.literal('draft'), z.coerce.number().int().min(1)]),
    }),
  },
  responses: {
    200: jsonContent(
      z.object({
        changes: z.array(
          z.object({
            path: z.string(),
            kind: z.enum(['added', 'removed', 'changed']),
            before: z.unknown(),
            after: z.unknown(),
          }),
        ),
      }),
      'The changes',
    ),
    ...errorResponses,
  },
});
const history = createRoute({
  method: 'get',
  path: '/api/v1/proposals/{id}/history',
  tags: ['proposals'],
  summary: 'The audit entries of this proposal',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(z.object({ entries: z.array(AuditEntrySchema) }), 'History'), ...errorResponses },
});

export const registerProposalRecordRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const { db } = deps.services;
  app.openapi(version, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    const { id, number } = c.req.valid('param');
    return respond(c, await getProposalVersion(db, actor, { proposalId: id, number }), (v) => ({
      version: { ...v, submittedAt: v.submittedAt.toISOString() },
    }));
  });
  app.openapi(diff, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    const { from, to } = c.req.valid('query');
    const result = await diffProposalVersions(db, actor, { proposalId: c.req.valid('param').id, from, to });
    return respond(c, result, (changes) => ({ changes }));
  });
  app.openapi(history, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return respond(c, await getProposalHistory(db, actor, c.req.valid('param').id), (entries) => ({ entries }));
  });
};
