import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { getJob } from '../../../services/jobs/get-job.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonContent, respond } from '../../route-helpers.ts';
import { JobResponseSchema } from './jobs.schemas.ts';

const get = createRoute({
  ...guard('jobs.read'),
  method: 'get',
  path: '/api/v1/jobs/{id}',
  tags: ['jobs'],
  summary: 'A background job: status, attempts, progress {done,total} or result, last error (government roles)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(JobResponseSchema, 'The job'), ...errorResponses },
});

export const registerJobRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(get, async (c) =>
    respond(c, await getJob(deps.services, c.get('actor'), c.req.valid('param').id), (job) => ({ job })),
  );
};
