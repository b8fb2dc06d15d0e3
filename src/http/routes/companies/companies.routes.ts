import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { addOwner } from '../../../services/companies/add-owner.ts';
import { createCompany } from '../../../services/companies/create-company.ts';
import { getCompany } from '../../../services/companies/get-company.ts';
import { listVisibleCompanies } from '../../../services/companies/list-companies.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import {
  CompaniesResponseSchema,
  CompanyCreateRequestSchema,
  CompanyDetailSchema,
  CompanyResponseSchema,
  OwnerRequestSchema,
} from './companies.schemas.ts';

const list = createRoute({
  ...guard('company.read'),
  method: 'get',
  path: '/api/v1/companies',
  tags: ['companies'],
  summary: 'Companies the caller may see',
  responses: { 200: jsonContent(CompaniesResponseSchema, 'Companies'), ...errorResponses },
});
const create = createRoute({
  ...guard('company.create'),
  method: 'post',
  path: '/api/v1/companies',
  tags: ['companies'],
  summary: 'Register a company (ownCompany: the applicant acts for it)',
  request: jsonBody(CompanyCreateRequestSchema),
  responses: { 201: jsonContent(CompanyResponseSchema, 'Created'), ...errorResponses },
});
const get = createRoute({
  ...guard('company.read'),
  method: 'get',
  path: '/api/v1/companies/{id}',
  tags: ['companies'],
  summary: 'A company and its direct owners',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(CompanyDetailSchema, 'The company'), ...errorResponses },
});
const addOwnerRoute = createRoute({
  ...guard('company.owner.set'),
  method: 'post',
  path: '/api/v1/companies/{id}/owners',
  tags: ['companies'],
  summary: 'Record a direct owner and its share',
  request: { params: IdParamSchema, ...jsonBody(OwnerRequestSchema) },
  responses: { 200: jsonContent(CompanyDetailSchema, 'The company with its owners'), ...errorResponses },
});

export const registerCompanyRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(list, async (c) =>
    c.json({ companies: await listVisibleCompanies(deps.services.db, c.get('actor')) }, 200),
  );
  app.openapi(create, async (c) =>
    respond(
      c,
      await createCompany(deps.services, c.get('actor'), c.req.valid('json')),
      (company) => ({ company }),
      201,
    ),
  );
  app.openapi(get, async (c) =>
    respond(c, await getCompany(deps.services.db, c.get('actor'), c.req.valid('param').id), (detail) => detail),
  );
  app.openapi(addOwnerRoute, async (c) => {
    const input = { companyId: c.req.valid('param').id, ...c.req.valid('json') };
    return respond(c, await addOwner(deps.services, c.get('actor'), input), (detail) => detail);
  });
};
