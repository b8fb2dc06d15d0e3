import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import type { ListVersionRecord } from '../../../db/repos/screening.repo.ts';
import { diffListVersions } from '../../../services/screening/diff-list-versions.ts';
import { importListContent } from '../../../services/screening/import-list-content.ts';
import { listVersions } from '../../../services/screening/list-list-versions.ts';
import { requestListRefresh } from '../../../services/screening/request-list-refresh.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { errorResponses, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import { IdParamSchema } from '../../schemas.ts';
import { unauthenticated } from '../../session.ts';

const ListVersionSchema = z.object({
  id: z.string(),
  source: z.string(),
  format: z.string(),
  contentHash: z.string(),
  asOf: z.string(),
  entryCount: z.number(),
  importedAt: z.string(),
  importedBy: z.string().nullable(),
  isCurrent: z.boolean(),
  files: z.array(z.string()),
});

const present = (v: ListVersionRecord) => ({
  id: v.id,
  source: v.source,
  format: v.format,
  contentHash: v.contentHash,
  asOf: v.asOf,
  entryCount: v.entryCount,
  importedAt: v.importedAt.toISOString(),
  importedBy: v.importedBy,
  isCurrent: v.isCurrent,
  files: v.files,
});

const ImportResultSchema = z.object({
  version: ListVersionSchema,
  duplicate: z.boolean(),
  diff: z.object({ added: z.number(), removed: z.number(), changed: z.number(), unchanged: z.number() }).nullable(),
  jobId: z.string().nullable(),
});

const EntrySchema = z.record(z.string(), z.unknown());

const list = createRoute({
  method: 'get',
  path: '/api/v1/lists',
  tags: ['screening'],
  summary: 'Screening list versions, current and past (government roles)',
  responses: { 200: jsonContent(z.object({ versions: z.array(ListVersionSchema) }), 'Versions'), ...errorResponses },
});

const importRoute = createRoute({
  method: 'post',
  path: '/api/v1/lists/import',
  tags: ['screening'],
  summary: 'Import a list sent as text (compliance officers, admins); identical content is recognised',
  request: jsonBody(
    z.object({
      source: z.string().min(1).max(80),
      format: z.enum(['csl', 'ofac', 'un', 'dpl', 'watchlist']),
      content: z.string().min(1, 'the list is empty').max(50_000_000),
      fileName: z.string().max(200).optional(),
      asOf: z
        .string()
        .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'YYYY-MM-DD or YYYY-MM')
        .optional(),
    }),
  ),
  responses: {
    200: jsonContent(ImportResultSchema, 'Recognised as identical to the current version (duplicate: true)'),
    201: jsonContent(ImportResultSchema, 'Imported as the new current version; jobId is its delta re-screening'),
    ...errorResponses,
  },
});

const diff = createRoute({
  method: 'get',
  path: '/api/v1/lists/{id}/diff',
  tags: ['screening'],
  summary: 'Entries added, removed and changed from version `against` to this version',
  request: { params: IdParamSchema, query: z.object({ against: z.string().min(1).max(100) }) },
  responses: {
    200: jsonContent(
      z.object({
        from: ListVersionSchema,
        to: ListVersionSchema,
        added: z.array(EntrySchema),
        removed: z.array(EntrySchema),
        changed: z.array(z.object({ before: EntrySchema, after: EntrySchema, fields: z.array(z.string()) })),
        unchanged: z.number(),
      }),
      'The diff',
    ),
    ...errorResponses,
  },
});

const refresh = createRoute({
  method: 'post',
  path: '/api/v1/lists/{source}/refresh',
  tags: ['screening'],
  summary: 'Queue a refresh of a list from its configured official URL (conditional GET); poll /api/v1/jobs/{id}',
  request: { params: z.object({ source: z.string().min(1).max(60) }) },
  responses: { 202: jsonContent(z.object({ jobId: z.string() }), 'Queued'), ...errorResponses },
});

export const registerListRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(refresh, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    const input = { source: c.req.valid('param').source, configured: Object.keys(deps.listSources) };
    const result = await requestListRefresh(deps.services, actor, input);
    return result.ok ? (c.json(result.value, 202) as never) : respond(c, result, (v) => v);
  });
  app.openapi(list, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return respond(c, await listVersions(deps.services, actor), (versions) => ({ versions: versions.map(present) }));
  });
  app.openapi(importRoute, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    const body = c.req.valid('json');
    const result = await importListContent(deps.services, actor, body);
    return respond(
      c,
      result,
      (value) => ({ ...value, version: present(value.version) }),
      result.ok && !result.value.duplicate ? 201 : 200,
    );
  });
  app.openapi(diff, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    const input = { id: c.req.valid('param').id, againstId: c.req.valid('query').against };
    return respond(c, await diffListVersions(deps.services, actor, input), (value) => ({
      ...value,
      from: present(value.from),
      to: present(value.to),
    }));
  });
};
