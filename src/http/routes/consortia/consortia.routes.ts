import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { changeMembership } from '../../../services/consortia/change-membership.ts';
import { createConsortium } from '../../../services/consortia/create-consortium.ts';
import { getConsortium, listVisibleConsortia } from '../../../services/consortia/get-consortium.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import {
  ConsortiaResponseSchema,
  ConsortiumCreateRequestSchema,
  ConsortiumResponseSchema,
  MemberAddRequestSchema,
} from './consortia.schemas.ts';

const list = createRoute({
  ...guard('consortium.read'),
  method: 'get',
  path: '/api/v1/consortia',
  tags: ['consortia'],
  summary: 'Consortia the caller may see',
  responses: { 200: jsonContent(ConsortiaResponseSchema, 'Consortia'), ...errorResponses },
});
const create = createRoute({
  ...guard('consortium.create'),
  method: 'post',
  path: '/api/v1/consortia',
  tags: ['consortia'],
  summary: 'Register a consortium anchored by one of your companies',
  request: jsonBody(ConsortiumCreateRequestSchema),
  responses: { 201: jsonContent(ConsortiumResponseSchema, 'Created'), ...errorResponses },
});
const get = createRoute({
  ...guard('consortium.read'),
  method: 'get',
  path: '/api/v1/consortia/{id}',
  tags: ['consortia'],
  summary: 'A consortium and its members',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(ConsortiumResponseSchema, 'The consortium'), ...errorResponses },
});
const addMember = createRoute({
  ...guard('consortium.members.change'),
  method: 'post',
  path: '/api/v1/consortia/{id}/members',
  tags: ['consortia'],
  summary: 'Add a member company (anchor only)',
  request: { params: IdParamSchema, ...jsonBody(MemberAddRequestSchema) },
  responses: { 200: jsonContent(ConsortiumResponseSchema, 'The consortium'), ...errorResponses },
});
const removeMember = createRoute({
  ...guard('consortium.members.change'),
  method: 'delete',
  path: '/api/v1/consortia/{id}/members/{companyId}',
  tags: ['consortia'],
  summary: 'Remove a member company (anchor only; the anchor stays)',
  request: { params: IdParamSchema.extend({ companyId: z.string().min(1) }) },
  responses: { 200: jsonContent(ConsortiumResponseSchema, 'The consortium'), ...errorResponses },
});

export const registerConsortiumRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const one = (consortium: z.infer<typeof ConsortiumResponseSchema>['consortium']) => ({ consortium });
  app.openapi(list, async (c) =>
    c.json({ consortia: await listVisibleConsortia(deps.services.db, c.get('actor')) }, 200),
  );
  app.openapi(create, async (c) =>
    respond(c, await createConsortium(deps.services, c.get('actor'), c.req.valid('json')), one, 201),
  );
  app.openapi(get, async (c) =>
    respond(c, await getConsortium(deps.services.db, c.get('actor'), c.req.valid('param').id), one),
  );
  app.openapi(addMember, async (c) => {
    const input = { consortiumId: c.req.valid('param').id, companyId: c.req.valid('json').companyId };
    return respond(c, await changeMembership(deps.services, c.get('actor'), { ...input, change: 'add' }), one);
  });
  app.openapi(removeMember, async (c) => {
    const { id, companyId } = c.req.valid('param');
    const input = { consortiumId: id, companyId, change: 'remove' as const };
    return respond(c, await changeMembership(deps.services, c.get('actor'), input), one);
  });
};
