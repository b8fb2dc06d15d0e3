import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { listSourcesOverview } from '../../../services/settings/list-sources.ts';
import {
  programSettingsHistory,
  programSettingsOnDate,
  updateProgramSettings,
} from '../../../services/settings/program-settings.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import {
  ListSourcesOverviewSchema,
  ProgramSettingsHistorySchema,
  ProgramSettingsOnDateQuerySchema,
  ProgramSettingsOnDateSchema,
  ProgramSettingsSavedSchema,
  ProgramSettingsUpdateRequestSchema,
} from './settings.schemas.ts';

const history = createRoute({
  ...guard('settings.read'),
  method: 'get',
  path: '/api/v1/program-settings',
  tags: ['settings'],
  summary:
    'Program settings (countries of concern, thresholds, list schedule, rule switches), newest version first, each with its changes',
  responses: { 200: jsonContent(ProgramSettingsHistorySchema, 'History'), ...errorResponses },
});
const onDate = createRoute({
  ...guard('settings.read'),
  method: 'get',
  path: '/api/v1/program-settings/as-of',
  tags: ['settings'],
  summary:
    'The program settings in force on a date (at the end of that day, UTC); version null before the settings took effect',
  request: { query: ProgramSettingsOnDateQuerySchema },
  responses: { 200: jsonContent(ProgramSettingsOnDateSchema, 'The settings in force'), ...errorResponses },
});
const update = createRoute({
  ...guard('settings.update'),
  method: 'put',
  path: '/api/v1/program-settings',
  tags: ['settings'],
  summary: 'Save a new version of the program settings with a reason (admins; audited with before and after)',
  request: jsonBody(ProgramSettingsUpdateRequestSchema),
  responses: { 200: jsonContent(ProgramSettingsSavedSchema, 'Saved'), ...errorResponses },
});
const sources = createRoute({
  ...guard('lists.sources.read'),
  method: 'get',
  path: '/api/v1/list-sources',
  tags: ['settings'],
  summary:
    'The list sources (AIEXPORTS_LIST_SOURCES) with the refresh schedule and where it comes from, each source’s list in use, last refresh and next due',
  responses: { 200: jsonContent(ListSourcesOverviewSchema, 'Sources'), ...errorResponses },
});

export const registerProgramSettingsRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(history, async (c) =>
    respond(c, await programSettingsHistory(deps.services.db, c.get('actor')), (versions) => ({ versions })),
  );
  app.openapi(onDate, async (c) =>
    respond(
      c,
      await programSettingsOnDate(deps.services.db, c.get('actor'), c.req.valid('query').date),
      (value) => value,
    ),
  );
  app.openapi(update, async (c) =>
    respond(c, await updateProgramSettings(deps.services, c.get('actor'), c.req.valid('json')), (version) => ({
      version,
    })),
  );
  app.openapi(sources, async (c) =>
    respond(
      c,
      await listSourcesOverview(deps.services, c.get('actor'), {
        sources: deps.listSources,
        config: deps.listSchedule ?? { running: false, demo: false, environmentHours: null },
      }),
      (value) => value,
    ),
  );
};
