import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { CompanyInputSchema } from '../../../core/consortium/company.schema.ts';
import { addOwner } from '../../../services/companies/add-owner.ts';
import { createCompany } from '../../../services/companies/create-company.ts';
import { getCompany } from '../../../services/companies/get-company.ts';
import { listVisibleCompanies } from '../../../services/companies/list-companies.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { errorResponses, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import { CompanySchema, IdParamSchema } from '../../schemas.ts';
import { unauthenticated } from '../../session.ts';

const OwnersSchema = z.array(z.object({ ownerId: z.string(), ownerName: z.string(), sharePercent: z.number() }));
const CompanyDetailSchema = z.object({ company: CompanySchema, owners: OwnersSchema });

const list = createRoute({
  method: 'get',
  path: '/api/v1/companies',
  tags: ['companies'],
  summary: 'Companies the caller may see',
  responses: { 200: jsonContent(z.object({ companies: z.array(CompanySchema) }), 'Companies'), ...errorResponses },
});
const create = createRoute({
  method: 'post',
  path: '/api/v1/companies',
  tags: ['companies'],
  summary: 'Register a company (ownCompany: the applicant acts for it)',
  request: jsonBody(CompanyInputSchema.extend({ ownCompany: z.boolean().optional() })),
  responses: { 201: jsonContent(z.object({ company: CompanySchema }), 'Created'), ...errorResponses },
});
const get = createRoute({
  method: 'get',
  path: '/api/v1/companies/{id}',
  tags: ['companies'],
  summary: 'A company and its direct owners',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(CompanyDetailSchema, 'The company'), ...errorResponses },
});
const addOwnerRoute = createRoute({
  method: 'post',
  path: '/api/v1/companies/{id}/owners',
  tags: ['companies'],
  summary: 'Record a direct owner and its share',
  request: {
    params: IdParamSchema,
    ...jsonBody(z.object({ ownerId: z.string().min(1), sharePercent: z.number().gt(0).max(100) })),
  },
  responses: { 200: jsonContent(CompanyDetailSchema, 'The company with its owners'), ...errorResponses },
});

export const registerCompanyRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(list, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return c.json({ companies: await listVisibleCompanies(deps.services.db, actor) }, 200);
  });
  app.openapi(create, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return respond(c, await createCompany(deps.services, actor, c.req.valid('json')), (company) => ({ company }), 201);
  });
  app.openapi(get, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    return respond(c, await getCompany(deps.services.db, actor, c.req.valid('param').id), (detail) => detail);
  });
  app.openapi(addOwnerRoute, async (c) => {
    const actor = c.get('actor');
    if (!actor) return unauthenticated(c);
    const body = c.req.valid('json');
    const result = await addOwner(deps.services, actor, { companyId: c.req.valid('param').id, ...body });
    return respond(c, result, (detail) => detail);
  });
};
