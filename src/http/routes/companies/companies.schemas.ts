import { z } from '@hono/zod-openapi';
import { CONTROL_BASES, CompanyInputSchema, ControlRelationSchema } from '../../../core/consortium/company.schema.ts';

/** Wire schemas of companies and their owners. */
export const CompanySchema = CompanyInputSchema.extend({ id: z.string() }).openapi('Company');
export const CompanyCreateRequestSchema = CompanyInputSchema.extend({ ownCompany: z.boolean().optional() });
const SharePercentSchema = z
  .number({ error: 'enter a share in percent, e.g. 25' })
  .gt(0, 'a share must be above 0%')
  .max(100, 'a share cannot exceed 100%');
export const OwnerRequestSchema = z.object({
  ownerId: z.string().min(1, 'select the owner'),
  sharePercent: SharePercentSchema,
});
export const OwnerShareRequestSchema = z.object({ sharePercent: SharePercentSchema });
export const OwnerParamsSchema = z.object({ id: z.string().min(1).max(100), ownerId: z.string().min(1).max(100) });
export const OwnershipResponseSchema = z
  .object({
    companyId: z.string(),
    nodes: z.array(
      z.object({
        companyId: z.string(),
        name: z.string(),
        kind: z.enum(['company', 'person', 'government']),
        country: z.string(),
        depth: z.number(),
        directPercent: z.number().nullable(),
        effectivePercent: z.number(),
      }),
    ),
    edges: z.array(z.object({ ownerId: z.string(), ownedId: z.string(), sharePercent: z.number() })),
    directTotalPercent: z.number(),
    canEdit: z.boolean(),
  })
  .openapi('Ownership');
export const CompanyDetailSchema = z.object({
  company: CompanySchema,
  owners: z.array(z.object({ ownerId: z.string(), ownerName: z.string(), sharePercent: z.number() })),
  controllers: z.array(
    z.object({
      controllerId: z.string(),
      controllerName: z.string(),
      basis: z.enum(CONTROL_BASES),
      detail: z.string(),
    }),
  ),
});
/** Control without equity over a company: who, on which basis (board seats, voting agreement, veto rights, other). */
export const ControllerRequestSchema = ControlRelationSchema.omit({ controlledId: true }).extend({
  controllerId: z.string().min(1, 'select the controller'),
});
export const ControllerParamsSchema = z.object({
  id: z.string().min(1).max(100),
  controllerId: z.string().min(1).max(100),
  basis: z.enum(CONTROL_BASES),
});
export const CompaniesResponseSchema = z.object({ companies: z.array(CompanySchema) });
export const CompanyResponseSchema = z.object({ company: CompanySchema });

export type Company = z.infer<typeof CompanySchema>;
export type CompanyCreateRequest = z.input<typeof CompanyCreateRequestSchema>;
export type CompanyDetail = z.infer<typeof CompanyDetailSchema>;
export type ControllerRequest = z.input<typeof ControllerRequestSchema>;
export type CompanyResponse = z.infer<typeof CompanyResponseSchema>;
export type OwnershipResponse = z.infer<typeof OwnershipResponseSchema>;
export type CompaniesResponse = z.infer<typeof CompaniesResponseSchema>;
