import { z } from '@hono/zod-openapi';
import { CompanyInputSchema } from '../../../core/consortium/company.schema.ts';

/** Wire schemas of companies and their owners. */
export const CompanySchema = CompanyInputSchema.extend({ id: z.string() }).openapi('Company');
export const CompanyCreateRequestSchema = CompanyInputSchema.extend({ ownCompany: z.boolean().optional() });
export const OwnerRequestSchema = z.object({ ownerId: z.string().min(1), sharePercent: z.number().gt(0).max(100) });
export const CompanyDetailSchema = z.object({
  company: CompanySchema,
  owners: z.array(z.object({ ownerId: z.string(), ownerName: z.string(), sharePercent: z.number() })),
});
export const CompaniesResponseSchema = z.object({ companies: z.array(CompanySchema) });
export const CompanyResponseSchema = z.object({ company: CompanySchema });

export type Company = z.infer<typeof CompanySchema>;
export type CompanyCreateRequest = z.input<typeof CompanyCreateRequestSchema>;
export type CompanyDetail = z.infer<typeof CompanyDetailSchema>;
export type CompanyResponse = z.infer<typeof CompanyResponseSchema>;
export type CompaniesResponse = z.infer<typeof CompaniesResponseSchema>;
