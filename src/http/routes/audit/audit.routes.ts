import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { appError } from '../../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../../core/kernel/result.ts';
import { type AuditFilter, exportAuditTrail, readAuditPage } from '../../../services/audit/audit-pages.ts';
import { verifyAuditTrail } from '../../../services/audit/audit-trail.ts';
import { listAuditCheckpoints } from '../../../services/audit/list-audit-checkpoints.ts';
import { writeAuditCheckpoint } from '../../../services/audit/write-audit-checkpoint.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { ErrorSchema, errorResponses, jsonContent, respond } from '../../route-helpers.ts';
import {
  AuditCheckpointResponseSchema,
  AuditCheckpointsResponseSchema,
  AuditEntriesResponseSchema,
  AuditExportQuerySchema,
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
const exportTrail = createRoute({
  ...guard('audit.read'),
  method: 'get',
  path: '/api/v1/audit/export',
  tags: ['audit'],
  summary:
    'The trail under the filters, oldest first, streamed: JSON Lines with the chain hashes (verify offline with `aiexports audit verify --file`) or CSV',
  request: { query: AuditExportQuerySchema },
  responses: {
    200: {
      description: 'The export (application/x-ndjson or text/csv)',
      content: { 'application/x-ndjson': { schema: z.string() }, 'text/csv': { schema: z.string() } },
    },
    ...errorResponses,
  },
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

const nextDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();

/** The query's filters as the repo takes them; a range that ends before it starts is a field error. */
const auditFilterOf = (query: {
  actorId?: string | undefined;
  actor?: string | undefined;
  action?: string | undefined;
  objectType?: string | undefined;
  objectId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}): Result<AuditFilter> => {
  if (query.from !== undefined && query.to !== undefined && query.to < query.from) {
    return err(
      appError('invalid_input', 'The date range ends before it starts.', [
        { path: 'to', message: 'the end date is before the start date' },
      ]),
    );
  }
  const filter: AuditFilter = {};
  if (query.actorId !== undefined) filter.actorId = query.actorId;
  if (query.actor !== undefined) filter.actorName = query.actor;
  if (query.action !== undefined) filter.action = query.action;
  if (query.objectType !== undefined) filter.objectType = query.objectType;
  if (query.objectId !== undefined) filter.objectId = query.objectId;
  if (query.from !== undefined) filter.from = `${query.from}T00:00:00.000Z`;
  if (query.to !== undefined) filter.to = nextDay(query.to);
  return ok(filter);
};

export const registerAuditRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(list, async (c) => {
    const { before, after, limit, ...query } = c.req.valid('query');
    const filter = auditFilterOf(query);
    if (!filter.ok) return respond(c, filter, () => ({}) as never);
    const page = { limit, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) };
    return respond(c, await readAuditPage(deps.services.db, c.get('actor'), filter.value, page), (p) => p);
  });
  app.openapi(exportTrail, async (c) => {
    const { format, ...query } = c.req.valid('query');
    const filter = auditFilterOf(query);
    if (!filter.ok) return respond(c, filter, () => ({}) as never);
    const now = deps.services.clock();
    const result = await exportAuditTrail(deps.services.db, c.get('actor'), { filter: filter.value, format, now });
    if (!result.ok) return respond(c, result, () => ({}) as never);
    const chunks = result.value;
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await chunks.return(undefined);
      },
    });
    const stamp = now.toISOString().replaceAll(':', '').slice(0, 15);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
        'content-disposition': `attachment; filename="aiexports-audit-${stamp}.${format}"`,
        'cache-control': 'no-store',
      },
    }) as never;
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
