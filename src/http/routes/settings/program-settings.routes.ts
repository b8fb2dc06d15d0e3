import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { programSettingsHistory, updateProgramSettings } from '../../../services/settings/program-settings.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import {
  ProgramSettingsHistorySchema,
  ProgramSettingsSavedSchema,
  ProgramSettingsUpdateRequestSchema,
} from './settings.schemas.ts';

const history = createRoute({
  ...guard('settings.read'),
  method: 'get',
  path: '/api/v1/program-settings',
  tags: ['settings'],
  summary: 'Program settings (countries of concern, thresholds, rule switches), newest version first',
  responses: { 200: jsonContent(ProgramSettingsHistorySchema, 'History'), ...errorResponses },
});
const update = createRoute({
  ...guard('settings.update'),
  method: 'put',
  path: '/api/v1/program-settings',
  tags: ['settings'],
  summary: 'Save a new version of the program settings (admins)',
  request: jsonBody(ProgramSettingsUpdateRequestSchema),
  responses: { 200: jsonContent(ProgramSettingsSavedSchema, 'Saved'), ...errorResponses },
});

export const registerProgramSettingsRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(history, async (c) =>
    respond(c, await programSettingsHistory(deps.services.db, c.get('actor')), (versions) => ({ versions })),
  );
  app.openapi(update, async (c) =>
    respond(c, await updateProgramSettings(deps.services, c.get('actor'), c.req.valid('json')), (version) => ({
      version,
    })),
  );
};
