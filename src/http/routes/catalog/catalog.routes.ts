import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { LayersSchema } from '../../../core/package/proposal.schema.ts';
import { getCatalogPackage, listCatalog } from '../../../services/catalog/read-catalog.ts';
import type { AppEnv, HttpDeps } from '../../app-env.ts';
import { errorResponses, jsonContent, respond } from '../../route-helpers.ts';
import { IdParamSchema } from '../../schemas.ts';

const CatalogPackageSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    summary: z.string(),
    consortiumName: z.string(),
    designatedAt: z.string(),
    version: z.number(),
    targets: z.array(z.string()),
    sectors: z.array(z.string()),
    vendors: z.array(z.string()),
    layers: LayersSchema,
  })
  .openapi('CatalogPackage');

const list = createRoute({
  method: 'get',
  path: '/api/v1/catalog',
  tags: ['catalog'],
  summary: 'Designated packages, public fields only (no login)',
  request: {
    query: z.object({
      country: z
        .string()
        .trim()
        .regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code')
        .optional(),
      sector: z.string().trim().max(40).optional(),
      q: z.string().trim().max(200).optional(),
    }),
  },
  responses: { 200: jsonContent(z.object({ packages: z.array(CatalogPackageSchema) }), 'Packages'), ...errorResponses },
});
const get = createRoute({
  method: 'get',
  path: '/api/v1/catalog/{id}',
  tags: ['catalog'],
  summary: 'One designated package, public fields only',
  request: { params: IdParamSchema },
  responses: { 200: jsonContent(z.object({ package: CatalogPackageSchema }), 'The package'), ...errorResponses },
});

export const registerCatalogRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  app.openapi(list, async (c) => {
    const { country, sector, q } = c.req.valid('query');
    const packages = await listCatalog(deps.services.db, {
      ...(country ? { country } : {}),
      ...(sector ? { sector } : {}),
      ...(q ? { text: q } : {}),
    });
    return c.json({ packages }, 200);
  });
  app.openapi(get, async (c) =>
    respond(c, await getCatalogPackage(deps.services.db, c.req.valid('param').id), (pkg) => ({ package: pkg })),
  );
};
