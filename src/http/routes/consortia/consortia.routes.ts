import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { ConsortiumInputSchema } from '../../../core/consortium/consortium.schema.ts';
import { changeMembership } from '../../../services/consortia/change-membership.ts';
import { createConsortium } from '../../../services/consortia/create-consortium.ts';
import { getConsortium, listVisibleConsortia } from '../../../services/consortia/get-consortium.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { errorResponses, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import { ConsortiumSchema, IdParamSchema } from '../../schemas.ts';
import { unauthenticated } from '../../session.ts';

const SummarySchema = z.object({ id: z.string(), name: z.string(), memberCount: z.number(), anchorName: z.string() });
const One = z.object({ consortium: ConsortiumSchema });

const list = createRoute({
  method: 'get',
  path: '/api/v1/consortia',
  tags: ['consortia'],
  summary: 'Consortia the caller may see',
  responses: { 200: jsonContent(z.object({ consortia: z.array(SummarySchema) }), 'Consortia'), ...errorResponses },
});
const create = createRoute({
  method: 'post',
  path: '/api/v1/consortia',
  tags: ['consortia'],
  summary: 'Register a consortium anchored by one of your companies',
  request: jsonBody(ConsortiumInputSchema.extend({ anchorCompanyId: z.string().min(1, 'pick the anchor company') })),
  responses: { 201: jsonContent(One, 'Created'), ...errorResponses },
});
const get = createRoute({
  method: 'get',
  path: '/api/v1/consortia/{id}',
  tags: ['consortia'],
  summary: 'A consortium and its members',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(One, 'The consortium'), ...errorResponses },
});
const addMember = createRoute({
  method: 'post',
  path: '/api/v1/consortia/{id}/members',
  tags: ['consortia'],
  summary: 'Add a member company (anchor only)',
  request: { params: IdParamSchema, ...jsonBody(z.object({ companyId: z.string().min(1, 'pick a company') })) },
  responses: { 200: jsonContent(One, 'The consortium'), ...errorResponses },
});
const removeMember = createRoute({
  method: 'delete',
  path: '/api/v1/consortia/{id}/members/{companyId}',
  tags: ['consortia'],
  summary: 'Remove a member company (anchor only; the anchor stays)',
  request: { params: IdParamSchema.extend({ companyId: z.string().min(1) }) },
  responses: { 200: jsonContent(One, 'The consortium'), ...errorResponses },
});

export const registerConsortiumRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(list, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return c.json({ consortia: await listVisibleConsortia(deps.services.db, actor) }, 200);
  });
  app.openapi(create, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return respond(
      c,
      await createConsortium(deps.services, actor, c.req.valid('json')),
      (consortium) => ({ consortium }),
      201,
    );
  });
  app.openapi(get, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return respond(c, await getConsortium(deps.services.db, actor, c.req.valid('param').id), (consortium) => ({
      consortium,
    }));
  });
  app.openapi(addMember, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    const input = {
      consortiumId: c.req.valid('param').id,
      companyId: c.req.valid('json').companyId,
      change: 'add' as const,
    };
    return respond(c, await changeMembership(deps.services, actor, input), (consortium) => ({ consortium }));
  });
  app.openapi(removeMember, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    const { id, companyId } = c.req.valid('param');
    const result = await changeMembership(deps.services, actor, { consortiumId: id, companyId, change: 'remove' });
    return respond(c, result, (consortium) => ({ consortium }));
  });
};
