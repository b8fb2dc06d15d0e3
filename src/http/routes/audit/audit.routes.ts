import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { readAuditTrail, verifyAuditTrail } from '../../../services/audit/audit-trail.ts';
import { listAuditCheckpoints } from '../../../services/audit/list-audit-checkpoints.ts';
import { writeAuditCheckpoint } from '../../../services/audit/write-audit-checkpoint.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { ErrorSchema, errorResponses, jsonContent, respond } from '../../route-helpers.ts';
import {
  AuditCheckpointResponseSchema,
  AuditCheckpointsResponseSchema,
  AuditEntriesResponseSchema,
  AuditQuerySchema,
  AuditVerdictSchema,
} from './audit.schemas.ts';

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
  summary: 'Check the hash chain, the recorded head and the signed checkpoints',
  responses: { 200: jsonContent(AuditVerdictSchema, 'Verdict'), ...errorResponses },
});
const listCheckpoints = createRoute({
  ...guard('audit.read'),
  method: 'get',
  path: '/api/v1/audit/checkpoints',
  tags: ['audit'],
  summary: 'The signed checkpoints of the audit trail, oldest first',
  responses: { 200: jsonContent(AuditCheckpointsResponseSchema, 'Checkpoints'), ...errorResponses },
});
const writeCheckpoint = createRoute({
  ...guard('audit.checkpoint'),
  method: 'post',
  path: '/api/v1/audit/checkpoints',
  tags: ['audit'],
  summary: 'Sign the audit trail as it stands (503 audit_key_missing when no key is configured)',
  responses: {
    201: jsonContent(AuditCheckpointResponseSchema, 'Signed and stored'),
    ...errorResponses,
    503: jsonContent(ErrorSchema, 'No audit key is configured (audit_key_missing)'),
  },
});

export const registerAuditRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(list, async (c) => {
    const { objectId } = c.req.valid('query');
    const result = await readAuditTrail(deps.services.db, c.get('actor'), objectId ? { objectId } : {});
    return respond(c, result, (entries) => ({ entries }));
  });
  app.openapi(verify, async (c) =>
    respond(c, await verifyAuditTrail(deps.services, c.get('actor')), (verdict) => verdict),
  );
  app.openapi(listCheckpoints, async (c) =>
    respond(c, await listAuditCheckpoints(deps.services, c.get('actor')), (checkpoints) => ({ checkpoints })),
  );
  app.openapi(writeCheckpoint, async (c) =>
    respond(c, await writeAuditCheckpoint(deps.services, c.get('actor')), (checkpoint) => ({ checkpoint }), 201),
  );
};
