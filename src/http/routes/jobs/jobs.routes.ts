import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { getJob } from '../../../services/jobs/get-job.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { errorResponses, jsonContent, respond } from '../../route-helpers.ts';
import { IdParamSchema } from '../../schemas.ts';
import { unauthenticated } from '../../session.ts';

const JobSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  attempts: z.number(),
  progress: z.unknown(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

const get = createRoute({
  method: 'get',
  path: '/api/v1/jobs/{id}',
  tags: ['jobs'],
  summary: 'A background job: status, attempts, progress {done,total} or result, last error (government roles)',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(z.object({ job: JobSchema }), 'The job'), ...errorResponses },
});

export const registerJobRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(get, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return respond(c, await getJob(deps.services, actor, c.req.valid('param').id), (job) => ({ job }));
  });
};
