import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { ok, type Result } from '../../../core/kernel/result.ts';
import { effectiveListSchedule } from '../../../core/screening/lists/list-schedule.ts';
import { diffListVersions } from '../../../services/screening/diff-list-versions.ts';
import { importListContent } from '../../../services/screening/import-list-content.ts';
import type { AgedListVersion } from '../../../services/screening/list-ages.ts';
import { listVersions } from '../../../services/screening/list-list-versions.ts';
import { readListSchedule, type SourceSchedule } from '../../../services/screening/read-list-schedule.ts';
import { requestListRefresh } from '../../../services/screening/request-list-refresh.ts';
import { programSettingsAt } from '../../../services/settings/program-settings.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import { JobQueuedSchema } from '../jobs/jobs.schemas.ts';
import { presentListVersion, presentSourceSchedule } from './screening.presenters.ts';
import {
  ListDiffQuerySchema,
  ListDiffSchema,
  ListImportRequestSchema,
  ListImportResultSchema,
  ListSourceParamSchema,
  ListVersionsResponseSchema,
} from './screening.schemas.ts';

const list = createRoute({
  ...guard('lists.read'),
  method: 'get',
  path: '/api/v1/lists',
  tags: ['screening'],
  summary:
    'Screening list versions, current and past, with their age, and the refresh schedule: per source the latest refresh, the latest scheduled one and the next due (government roles)',
  responses: { 200: jsonContent(ListVersionsResponseSchema, 'Versions'), ...errorResponses },
});
const importRoute = createRoute({
  ...guard('lists.import'),
  method: 'post',
  path: '/api/v1/lists/import',
  tags: ['screening'],
  summary:
    "Import a list sent as text: one file (content) or OFAC's files (files); refuses a version without entries or one removing more than maxListShrinkPercent of entries unless allowShrink with a reason (compliance officers, admins)",
  request: jsonBody(ListImportRequestSchema),
  responses: {
    200: jsonContent(ListImportResultSchema, 'Recognised as identical to the current version (duplicate: true)'),
    201: jsonContent(ListImportResultSchema, 'Imported as the new current version; jobId is its delta re-screening'),
    ...errorResponses,
  },
});
const diff = createRoute({
  ...guard('lists.read'),
  method: 'get',
  path: '/api/v1/lists/{id}/diff',
  tags: ['screening'],
  summary: 'Entries added, removed and changed from version `against` to this version',
  request: { params: IdParamSchema, query: ListDiffQuerySchema },
  responses: { 200: jsonContent(ListDiffSchema, 'The diff'), ...errorResponses },
});
const refresh = createRoute({
  ...guard('lists.import'),
  method: 'post',
  path: '/api/v1/lists/{source}/refresh',
  tags: ['screening'],
  summary: 'Queue a refresh of a list from its configured official URL (conditional GET); poll /api/v1/jobs/{id}',
  request: { params: ListSourceParamSchema },
  responses: { 202: jsonContent(JobQueuedSchema, 'Queued'), ...errorResponses },
});

export const registerListRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(refresh, async (c) => {
    const input = { source: c.req.valid('param').source, configured: Object.keys(deps.listSources) };
    return respond(c, await requestListRefresh(deps.services, c.get('actor'), input), (queued) => queued, 202);
  });
  app.openapi(list, async (c) => {
    const actor = c.get('actor');
    const sources = Object.keys(deps.listSources);
    const versions = await listVersions(deps.services, actor);
    const { settings } = await programSettingsAt(deps.services.db, deps.services.clock());
    const { refreshHours } = effectiveListSchedule({
      ...(deps.listSchedule ?? { running: false, demo: false, environmentHours: null }),
      settingHours: settings.listRefreshHours,
    });
    const schedule = versions.ok ? await readListSchedule(deps.services, actor, { sources, refreshHours }) : versions;
    const both: Result<{ versions: AgedListVersion[]; status: SourceSchedule[] }> = !versions.ok
      ? versions
      : !schedule.ok
        ? schedule
        : ok({ versions: versions.value, status: schedule.value });
    return respond(c, both, (value) => ({
      versions: value.versions.map(presentListVersion),
      schedule: { refreshHours, sources, status: value.status.map(presentSourceSchedule) },
    }));
  });
  app.openapi(importRoute, async (c) => {
    const result = await importListContent(deps.services, c.get('actor'), c.req.valid('json'));
    const present = (value: Extract<typeof result, { ok: true }>['value']) => ({
      ...value,
      version: presentListVersion(value.version),
    });
    // identical content answers 200 (nothing new); a new version 201
    return result.ok && result.value.duplicate ? respond(c, result, present, 200) : respond(c, result, present, 201);
  });
  app.openapi(diff, async (c) => {
    const input = { id: c.req.valid('param').id, againstId: c.req.valid('query').against };
    return respond(c, await diffListVersions(deps.services, c.get('actor'), input), (value) => ({
      ...value,
      from: presentListVersion(value.from),
      to: presentListVersion(value.to),
    }));
  });
};
