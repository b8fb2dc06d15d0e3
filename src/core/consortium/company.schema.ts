import { z } from 'zod';

export const CountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as US, DE or AE');

export const CompanyKindSchema = z.enum(['company', 'person', 'government']);

/** A legal or natural person that can be a consortium member or an owner. */
export const CompanyInputSchema = z.object({
  kind: CompanyKindSchema.default('company'),
  legalName: z.string().trim().min(2, 'legal name is required').max(300),
  otherNames: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  countryOfIncorporation: CountryCodeSchema,
  principalPlaceOfBusiness: CountryCodeSchema,
  identifiers: z
    .object({
      uei: z
        .string()
        .regex(/^[A-Z0-9]{12}$/, 'a UEI is 12 letters or digits')
        .optional(),
      lei: z
        .string()
        .regex(/^[A-Z0-9]{20}$/, 'an LEI is 20 letters or digits')
        .optional(),
      duns: z
        .string()
        .regex(/^\d{9}$/, 'a DUNS number is 9 digits')
        .optional(),
    })
    .default({}),
});
export type CompanyInput = z.infer<typeof CompanyInputSchema>;
export type Company = CompanyInput & { id: string };

/** owner holds sharePercent of owned, directly. */
export const OwnershipEdgeSchema = z.object({
  ownerId: z.string().min(1),
  ownedId: z.string().min(1),
  sharePercent: z.number().gt(0, 'a share must be above 0').max(100, 'a share cannot exceed 100'),
});
export type OwnershipEdge = z.infer<typeof OwnershipEdgeSchema>;

/** How a controller controls an entity without (or beyond) equity. */
export const CONTROL_BASES = ['board_seats', 'voting_agreement', 'veto_rights', 'other'] as const;
export type ControlBasis = (typeof CONTROL_BASES)[number];

/** controller controls controlled without equity: board seats, a voting agreement, veto rights or another basis. */
export const ControlRelationSchema = z.object({
  controllerId: z.string().min(1),
  controlledId: z.string().min(1),
  basis: z.enum(CONTROL_BASES, { error: 'choose board seats, voting agreement, veto rights or other' }),
  detail: z
    .string()
    .trim()
    .min(3, 'describe the control, e.g. "appoints 3 of 5 directors"')
    .max(1000, 'at most 1,000 characters'),
});
export type ControlRelation = z.infer<typeof ControlRelationSchema>;
