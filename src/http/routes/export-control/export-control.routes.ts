import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { determineExport } from '../../../services/export-control/determine-export.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import { DeterminationSchema, DetermineRequestSchema } from './export-control.schemas.ts';

const determineRoute = createRoute({
  ...guard('export_control.determine'),
  method: 'post',
  path: '/api/v1/export-control/determine',
  tags: ['export-control'],
  summary:
    'Export-control determination for one item to one destination on a date, with an optional consignee: licence, agency, exemptions, reasons and trace (applicants, government roles)',
  request: jsonBody(DetermineRequestSchema),
  responses: { 200: jsonContent(DeterminationSchema, 'The determination'), ...errorResponses },
});

export const registerExportControlRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(determineRoute, async (c) =>
    respond(c, await determineExport(deps.services, c.get('actor'), c.req.valid('json')), (d) => d),
  );
};
