import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { getCatalogPackage, getDeliveryOutlook, listCatalog } from '../../../services/catalog/read-catalog.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { publicRoute } from '../../route-guard.ts';
import { errorResponses, IdParamSchema, jsonContent, respond } from '../../route-helpers.ts';
import {
  CatalogPackageResponseSchema,
  CatalogQuerySchema,
  CatalogResponseSchema,
  DeliveryQuerySchema,
  DeliveryResponseSchema,
} from './catalog.schemas.ts';

const list = createRoute({
  ...publicRoute('catalog.read'),
  method: 'get',
  path: '/api/v1/catalog',
  tags: ['catalog'],
  summary: 'Designated packages, public fields only (no login)',
  request: { query: CatalogQuerySchema },
  responses: { 200: jsonContent(CatalogResponseSchema, 'Packages'), ...errorResponses },
});
const get = createRoute({
  ...publicRoute('catalog.read'),
  method: 'get',
  path: '/api/v1/catalog/{id}',
  tags: ['catalog'],
  summary: 'One designated package, public fields only',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(CatalogPackageResponseSchema, 'The package'), ...errorResponses },
});

const delivery = createRoute({
  ...publicRoute('catalog.read'),
  method: 'get',
  path: '/api/v1/catalog/{id}/delivery',
  tags: ['catalog'],
  summary: "Can this package ship to the buyer's country without an export licence? Item by item, with the rules",
  request: { params: IdParamSchema, query: DeliveryQuerySchema },
  responses: { 200: jsonContent(DeliveryResponseSchema, 'The outlook'), ...errorResponses },
});

export const registerCatalogRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const today = () => deps.services.clock().toISOString().slice(0, 10);
  app.openapi(list, async (c) => {
    const { country, sector, q } = c.req.valid('query');
    const packages = await listCatalog(deps.services, {
      today: today(),
      ...(country ? { country } : {}),
      ...(sector ? { sector } : {}),
      ...(q ? { text: q } : {}),
    });
    return c.json({ packages }, 200);
  });
  app.openapi(get, async (c) => {
    const result = await getCatalogPackage(deps.services, { id: c.req.valid('param').id, today: today() });
    return respond(c, result, (pkg) => ({ package: pkg }));
  });
  app.openapi(delivery, async (c) => {
    const input = { id: c.req.valid('param').id, country: c.req.valid('query').country, today: today() };
    return respond(c, await getDeliveryOutlook(deps.services, input), (outlook) => ({ outlook }));
  });
};
