import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { createCompany } from '../../../services/companies/create-company.ts';
import { getCompany } from '../../../services/companies/get-company.ts';
import { getOwnership } from '../../../services/companies/get-ownership.ts';
import { listVisibleCompanies } from '../../../services/companies/list-companies.ts';
import { recordControl, removeControl } from '../../../services/companies/record-control.ts';
import { removeOwner, setOwner } from '../../../services/companies/set-owner.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { guard } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonBody, jsonContent, respond } from '../../route-helpers.ts';
import {
  CompaniesResponseSchema,
  CompanyCreateRequestSchema,
  CompanyDetailSchema,
  CompanyResponseSchema,
  ControllerParamsSchema,
  ControllerRequestSchema,
  OwnerParamsSchema,
  OwnerRequestSchema,
  OwnerShareRequestSchema,
  OwnershipResponseSchema,
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

const ownership = createRoute({
  ...guard('company.read'),
  method: 'get',
  path: '/api/v1/companies/{id}/ownership',
  tags: ['companies'],
  summary: 'The ownership graph above a company: direct and indirect owners with their shares',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(OwnershipResponseSchema, 'The ownership graph'), ...errorResponses },
});
const editOwnerRoute = createRoute({
  ...guard('company.owner.set'),
  method: 'put',
  path: '/api/v1/companies/{id}/owners/{ownerId}',
  tags: ['companies'],
  summary: 'Change the share of a recorded direct owner',
  request: { params: OwnerParamsSchema, ...jsonBody(OwnerShareRequestSchema) },
  responses: { 200: jsonContent(CompanyDetailSchema, 'The company with its owners'), ...errorResponses },
});
const removeOwnerRoute = createRoute({
  ...guard('company.owner.set'),
  method: 'delete',
  path: '/api/v1/companies/{id}/owners/{ownerId}',
  tags: ['companies'],
  summary: 'Remove a recorded direct owner',
  request: { params: OwnerParamsSchema },
  responses: { 200: jsonContent(CompanyDetailSchema, 'The company with its owners'), ...errorResponses },
});

const addControllerRoute = createRoute({
  ...guard('company.owner.set'),
  method: 'post',
  path: '/api/v1/companies/{id}/controllers',
  tags: ['companies'],
  summary: 'Record control without equity (board seats, voting agreement, veto rights) over a company',
  request: { params: IdParamSchema, ...jsonBody(ControllerRequestSchema) },
  responses: {
    200: jsonContent(CompanyDetailSchema, 'The company with its owners and controllers'),
    ...errorResponses,
  },
});
const removeControllerRoute = createRoute({
  ...guard('company.owner.set'),
  method: 'delete',
  path: '/api/v1/companies/{id}/controllers/{controllerId}/{basis}',
  tags: ['companies'],
  summary: 'Remove a recorded control relation',
  request: { params: ControllerParamsSchema },
  responses: {
    200: jsonContent(CompanyDetailSchema, 'The company with its owners and controllers'),
    ...errorResponses,
  },
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
    return respond(c, await setOwner(deps.services, c.get('actor'), { ...input, mode: 'add' }), (detail) => detail);
  });
  app.openapi(ownership, async (c) =>
    respond(c, await getOwnership(deps.services, c.get('actor'), c.req.valid('param').id), (view) => view),
  );
  app.openapi(editOwnerRoute, async (c) => {
    const { id, ownerId } = c.req.valid('param');
    const input = { companyId: id, ownerId, sharePercent: c.req.valid('json').sharePercent, mode: 'edit' as const };
    return respond(c, await setOwner(deps.services, c.get('actor'), input), (detail) => detail);
  });
  app.openapi(removeOwnerRoute, async (c) => {
    const { id, ownerId } = c.req.valid('param');
    return respond(c, await removeOwner(deps.services, c.get('actor'), { companyId: id, ownerId }), (detail) => detail);
  });
  app.openapi(addControllerRoute, async (c) => {
    const input = { companyId: c.req.valid('param').id, ...c.req.valid('json') };
    return respond(c, await recordControl(deps.services, c.get('actor'), input), (detail) => detail);
  });
  app.openapi(removeControllerRoute, async (c) => {
    const { id, controllerId, basis } = c.req.valid('param');
    return respond(
      c,
      await removeControl(deps.services, c.get('actor'), { companyId: id, controllerId, basis }),
      (detail) => detail,
    );
  });
};
