import { z } from 'zod';
import { ApplicationItemSchema, LAYER_KEYS, TargetSchema } from '../package/proposal.schema.ts';

/**
 * A reviewer's profile: expertise tags, capacity and declared affiliations. The agency is the user's own
 * (`users.agency`, set by an admin). Tags are plain strings of three disjoint kinds, so the assignment's affinity
 * can read them as they are: a layer key (`hardware` … `applications`), an application sector (`healthcare` …),
 * or a target code as proposals name them (an ISO 3166-1 alpha-2 country such as `AE`, or a bloc such as `GCC`).
 */

export const APPLICATION_SECTORS = ApplicationItemSchema.shape.sector.options;
export type ApplicationSector = (typeof APPLICATION_SECTORS)[number];

/** The relationships 5 CFR 2635.502 names as "covered relationships" (plus the employer of a household member). */
export const AFFILIATION_RELATIONSHIPS = [
  'employment',
  'financial_interest',
  'officer_director',
  'consultant',
  'household_member_employer',
  'negotiating_employment',
] as const;
export type AffiliationRelationship = (typeof AFFILIATION_RELATIONSHIPS)[number];

export const RELATIONSHIP_WORDS: Record<AffiliationRelationship, string> = {
  employment: 'employment',
  financial_interest: 'financial interest',
  officer_director: 'officer or director',
  consultant: 'consultant',
  household_member_employer: 'household member’s employer',
  negotiating_employment: 'negotiating employment',
};

export type ExpertiseKind = 'layer' | 'sector' | 'region';

/** Which kind of tag a string is, or null when it is none. */
export const expertiseKindOf = (tag: string): ExpertiseKind | null => {
  if ((LAYER_KEYS as readonly string[]).includes(tag)) return 'layer';
  if ((APPLICATION_SECTORS as readonly string[]).includes(tag)) return 'sector';
  return TargetSchema.safeParse(tag).success && tag === tag.trim() ? 'region' : null;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDate = z
  .string()
  .regex(ISO_DATE, 'a date as YYYY-MM-DD')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'not a calendar date',
    },
  );

export const AffiliationInputSchema = z
  .object({
    companyName: z.string().trim().min(1, 'required').max(300),
    /** ISO 3166-1 alpha-2, optional */
    country: z
      .string()
      .trim()
      .regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code')
      .nullable()
      .default(null),
    relationship: z.enum(AFFILIATION_RELATIONSHIPS),
    startDate: isoDate,
    /** null while it continues */
    endDate: isoDate.nullable().default(null),
  })
  .refine((a) => a.endDate === null || a.endDate >= a.startDate, {
    message: 'ends before it starts',
    path: ['endDate'],
  });
export type AffiliationInput = z.infer<typeof AffiliationInputSchema>;

export const ReviewerProfileInputSchema = z.object({
  expertise: z
    .array(
      z
        .string()
        .trim()
        .refine((t) => expertiseKindOf(t) !== null, {
          message:
            'a layer (hardware, dataPipelines, models, security, applications), a sector, or a country/bloc code',
        }),
    )
    .max(100)
    .refine((tags) => new Set(tags).size === tags.length, { message: 'each tag once' }),
  capacity: z.number().int('a whole number').min(0, 'cannot be negative').max(100, 'at most 100'),
  affiliations: z.array(AffiliationInputSchema).max(100),
});
export type ReviewerProfileInput = z.infer<typeof ReviewerProfileInputSchema>;

/** The capacity of a reviewer without a profile yet (the column's default). */
export const DEFAULT_REVIEWER_CAPACITY = 6;
