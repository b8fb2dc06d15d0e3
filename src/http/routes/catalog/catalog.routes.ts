import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { LayersSchema } from '../../../core/package/proposal.schema.ts';
import { getCatalogPackage, getDeliveryOutlook, listCatalog } from '../../../services/catalog/read-catalog.ts';
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
    delivery: z.object({ withoutLicense: z.array(z.string()), licenseRequired: z.array(z.string()), asOf: z.string() }),
  })
  .openapi('CatalogPackage');

const CitationSchema = z.object({ source: z.string(), section: z.string(), url: z.string().optional() });
const DeliveryOutlookSchema = z
  .object({
    country: z.string(),
    licenseRequired: z.boolean(),
    date: z.string(),
    rulesVersion: z.string(),
    items: z.array(
      z.object({
        product: z.string(),
        eccn: z.string(),
        licenseRequired: z.boolean(),
        reviewPolicy: z.string(),
        reviewPolicyWords: z.string(),
        reasons: z.array(
          z.object({ ruleId: z.string(), rule: z.string(), text: z.string(), citation: CitationSchema }),
        ),
        possibleExceptions: z.array(
          z.object({ code: z.string(), title: z.string(), section: z.string(), conditions: z.string() }),
        ),
      }),
    ),
  })
  .openapi('DeliveryOutlook');

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

const delivery = createRoute({
  method: 'get',
  path: '/api/v1/catalog/{id}/delivery',
  tags: ['catalog'],
  summary: "Can this package ship to the buyer's country without an export licence? Item by item, with the rules",
  request: {
    params: IdParamSchema,
    query: z.object({ country: z.string().trim().min(2, 'a country code or name').max(60) }),
  },
  responses: { 200: jsonContent(z.object({ outlook: DeliveryOutlookSchema }), 'The outlook'), ...errorResponses },
});

export const registerCatalogRoutes = (app: OpenAPIHono<AppEnv>, deps: HttpDeps): void => {
  const today = () => deps.services.clock().toISOString().slice(0, 10);
  app.openapi(list, async (c) => {
    const { country, sector, q } = c.req.valid('query');
    const packages = await listCatalog(deps.services.db, {
      today: today(),
      ...(country ? { country } : {}),
      ...(sector ? { sector } : {}),
      ...(q ? { text: q } : {}),
    });
    return c.json({ packages }, 200);
  });
  app.openapi(get, async (c) => {
    const result = await getCatalogPackage(deps.services.db, { id: c.req.valid('param').id, today: today() });
    return respond(c, result, (pkg) => ({ package: pkg }));
  });
  app.openapi(delivery, async (c) => {
    const input = { id: c.req.valid('param').id, country: c.req.valid('query').country, today: today() };
    return respond(c, await getDeliveryOutlook(deps.services.db, input), (outlook) => ({ outlook }));
  });
};
