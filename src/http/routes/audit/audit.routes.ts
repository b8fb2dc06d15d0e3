import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { readAuditTrail, verifyAuditTrail } from '../../../services/audit/audit-trail.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { errorResponses, jsonContent, respond } from '../../route-helpers.ts';
import { AuditEntrySchema } from '../../schemas.ts';
import { unauthenticated } from '../../session.ts';

const list = createRoute({
  method: 'get',
  path: '/api/v1/audit',
  tags: ['audit'],
  summary: 'The audit trail (auditors and admins)',
  request: { query: z.object({ objectId: z.string().max(100).optional() }) },
  responses: { 200: jsonContent(z.object({ entries: z.array(AuditEntrySchema) }), 'Entries'), ...errorResponses },
});
const verify = createRoute({
  method: 'get',
  path: '/api/v1/audit/verify',
  tags: ['audit'],
  summary: 'Recompute the hash chain',
  responses: {
    200: jsonContent(
      z.object({ ok: z.boolean(), count: z.number(), brokenAt: z.number().nullable(), reason: z.string().nullable() }),
      'Verdict',
    ),
    ...errorResponses,
  },
});

export const registerAuditRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(list, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    const { objectId } = c.req.valid('query');
    return respond(c, await readAuditTrail(deps.services.db, actor, objectId ? { objectId } : {}), (entries) => ({
      entries,
    }));
  });
  app.openapi(verify, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return respond(c, await verifyAuditTrail(deps.services.db, actor, deps.services.sha256), (verdict) => verdict);
  });
};
