import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { readAuditTrail, verifyAuditTrail } from '../../../services/audit/audit-trail.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, jsonContent, respond } from '../../route-helpers.ts';
import { AuditEntriesResponseSchema, AuditQuerySchema, AuditVerdictSchema } from './audit.schemas.ts';

const list = createRoute({
  ...guard('audit.read'),
  method: 'get',
  path: '/api/v1/audit',
  tags: ['audit'],
  summary: 'The audit trail (auditors and admins)',
  request: { query: AuditQuerySchema },
  responses: { 200: jsonContent(AuditEntriesResponseSchema, 'Entries'), ...errorResponses },
});
const verify = createRoute({
  ...guard('audit.read'),
  method: 'get',
  path: '/api/v1/audit/verify',
  tags: ['audit'],
  summary: 'Recompute the hash chain',
  responses: { 200: jsonContent(AuditVerdictSchema, 'Verdict'), ...errorResponses },
});

export const registerAuditRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(list, async (c) => {
    const { objectId } = c.req.valid('query');
    const result = await readAuditTrail(deps.services.db, c.get('actor'), objectId ? { objectId } : {});
    return respond(c, result, (entries) => ({ entries }));
  });
  app.openapi(verify, async (c) =>
    respond(c, await verifyAuditTrail(deps.services.db, c.get('actor'), deps.services.sha256), (verdict) => verdict),
  );
};
