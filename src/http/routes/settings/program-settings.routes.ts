import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { ProgramSettingsSchema } from '../../../core/eligibility/program-settings.ts';
import { programSettingsHistory, updateProgramSettings } from '../../../services/settings/program-settings.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { errorResponses, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import { unauthenticated } from '../../session.ts';

const VersionSchema = z
  .object({
    version: z.number(),
    settings: ProgramSettingsSchema,
    reason: z.string(),
    changedBy: z.string().nullable(),
    changedAt: z.string().nullable(),
  })
  .openapi('ProgramSettingsVersion');

const history = createRoute({
  method: 'get',
  path: '/api/v1/program-settings',
  tags: ['settings'],
  summary: 'Program settings (countries of concern, thresholds, rule switches), newest version first',
  responses: { 200: jsonContent(z.object({ versions: z.array(VersionSchema) }), 'History'), ...errorResponses },
});
const update = createRoute({
  method: 'put',
  path: '/api/v1/program-settings',
  tags: ['settings'],
  summary: 'Save a new version of the program settings (admins)',
  request: jsonBody(
    z.object({ settings: ProgramSettingsSchema, reason: z.string().trim().min(3, 'say why').max(2000) }),
  ),
  responses: { 200: jsonContent(z.object({ version: VersionSchema }), 'Saved'), ...errorResponses },
});

export const registerProgramSettingsRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(history, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return respond(c, await programSettingsHistory(deps.services.db, actor), (versions) => ({ versions }));
  });
  app.openapi(update, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return respond(c, await updateProgramSettings(deps.services, actor, c.req.valid('json')), (version) => ({
      version,
    }));
  });
};
