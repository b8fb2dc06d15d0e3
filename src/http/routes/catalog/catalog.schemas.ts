import { z } from '@hono/zod-openapi';
import { LayersSchema } from '../../../core/package/proposal.schema.ts';
import { CitationSchema } from '../eligibility/eligibility.schemas.ts';

/** Wire schemas of the public catalog: public fields only. */
export const CatalogPackageSchema = z
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

export const DeliveryOutlookSchema = z
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

export const CatalogQuerySchema = z.object({
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code')
    .optional(),
  sector: z.string().trim().max(40).optional(),
  q: z.string().trim().max(200).optional(),
});
export const DeliveryQuerySchema = z.object({ country: z.string().trim().min(2, 'a country code or name').max(60) });
export const CatalogResponseSchema = z.object({ packages: z.array(CatalogPackageSchema) });
export const CatalogPackageResponseSchema = z.object({ package: CatalogPackageSchema });
export const DeliveryResponseSchema = z.object({ outlook: DeliveryOutlookSchema });

export type CatalogPackage = z.infer<typeof CatalogPackageSchema>;
export type DeliveryOutlook = z.infer<typeof DeliveryOutlookSchema>;
export type CatalogResponse = z.infer<typeof CatalogResponseSchema>;
export type CatalogPackageResponse = z.infer<typeof CatalogPackageResponseSchema>;
export type DeliveryResponse = z.infer<typeof DeliveryResponseSchema>;
