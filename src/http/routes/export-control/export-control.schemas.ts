import { z } from '@hono/zod-openapi';
import { END_USER_LIST_KINDS } from '../../../core/export-control/end-user-lists.ts';
import { REVIEW_POLICIES } from '../../../core/export-control/review-policy.ts';
import { TRANSACTIONS } from '../../../core/export-control/rule.ts';
import { CitationSchema } from '../eligibility/eligibility.schemas.ts';

/** Wire schemas of export-control determinations. */
const figure = (description: string) =>
  z.number().finite().min(0, 'a number of 0 or more').optional().openapi({ description });
const country = (description: string) =>
  z.string().trim().min(1, 'a country code or name').max(100).optional().openapi({ description });

export const DetermineRequestSchema = z
  .object({
    eccn: z
      .string()
      .trim()
      .min(1, 'an ECCN is required, e.g. 3A090.a, 4A090, 5A992.c or EAR99')
      .max(40)
      .openapi({ example: '3A090.a' }),
    destination: z
      .string()
      .trim()
      .min(1, 'a destination is required: an ISO code or country name')
      .max(100)
      .openapi({ description: 'ISO code or name ("AE", "Türkiye"), or a region ("Crimea")', example: 'AE' }),
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
      .optional()
      .openapi({ description: 'the rules and reference data in force on this date (default today, UTC)' }),
    consignee: z.string().trim().max(300, 'a name of at most 300 characters').optional().openapi({
      description:
        'the consignee by name: exemptions such as the UAE Government or G42 are by name; checked against the Entity List, Unverified List and Military End-User List of the loaded lists (409 lists_unavailable when none is current)',
    }),
    endUsers: z
      .array(z.string().trim().min(1, 'an end user name').max(300, 'a name of at most 300 characters'))
      .max(20, 'at most 20 end users')
      .optional()
      .openapi({ description: 'end users by name, checked like the consignee against the end-user lists' }),
    transaction: z
      .enum(TRANSACTIONS)
      .optional()
      .openapi({ description: 'export from the U.S. (default), reexport from abroad, or transfer within a country' }),
    headquarters: country('where the buyer or operator is headquartered'),
    ultimateParentHeadquarters: country('where its ultimate parent is headquartered'),
    tpp: figure('chip total processing performance (refines a bare 3A090)'),
    performanceDensity: figure('chip performance density'),
    memoryBandwidthGBs: figure('DRAM bandwidth in GB/s'),
    memoryBandwidthDensity: figure('memory bandwidth density in GB/s per mm² (3A090.c)'),
    ioBandwidthGBs: figure('aggregate bidirectional I/O rate in GB/s (the 2022 text of 3A090)'),
    datacenter: z
      .boolean()
      .optional()
      .openapi({ description: 'designed or marketed for datacenters (Note 2 to 3A090)' }),
  })
  .strict();

const ReasonSchema = z.object({
  ruleId: z.string(),
  rule: z.string(),
  text: z.string(),
  citation: CitationSchema,
  agency: z.enum(['BIS', 'OFAC']).optional(),
});

const ScreenedPartySchema = z.object({
  role: z.enum(['consignee', 'end user']),
  name: z.string(),
  path: z.string().optional(),
});
const ListVersionRefSchema = z.object({ id: z.string(), source: z.string(), asOf: z.string() });

/** The end-user list check of the named consignee and end users: the list versions used and each hit. */
const EndUserScreeningSchema = z
  .union([
    z.object({
      status: z.literal('screened'),
      parties: z.array(ScreenedPartySchema),
      lists: z.array(ListVersionRefSchema),
      hits: z.array(
        z.object({
          party: ScreenedPartySchema,
          kind: z.enum(END_USER_LIST_KINDS),
          entryId: z.string(),
          entryName: z.string(),
          matchedName: z.string(),
          score: z.number(),
          listVersion: ListVersionRefSchema,
          licenseRequirement: z.string().nullable(),
          licensePolicy: z.string().nullable(),
          federalRegisterNotice: z.string().nullable(),
          entryUrl: z.string().nullable(),
          decision: z.enum(['open', 'true_match']),
        }),
      ),
    }),
    z.object({ status: z.literal('unavailable'), parties: z.array(ScreenedPartySchema), reason: z.string() }),
  ])
  .openapi('EndUserScreening');

export const DeterminationSchema = z
  .object({
    eccn: z.string(),
    destination: z.string(),
    headquarters: z.string().nullable(),
    ultimateParentHeadquarters: z.string().nullable(),
    consignee: z.string().nullable(),
    transaction: z.enum(TRANSACTIONS),
    date: z.string(),
    destinationGroups: z.array(z.string()),
    status: z.enum(['determined', 'undetermined']),
    licenseRequired: z
      .boolean()
      .openapi({ description: 'true whenever any U.S. authorization (BIS or OFAC) is required' }),
    reviewPolicy: z.enum(REVIEW_POLICIES),
    authorizations: z.array(
      z.object({ agency: z.enum(['BIS', 'OFAC']), ruleIds: z.array(z.string()), citations: z.array(CitationSchema) }),
    ),
    exemptions: z.array(
      z.object({
        ruleId: z.string(),
        id: z.string(),
        name: z.string(),
        category: z.enum(['government', 'approved-entity', 'us-headquartered-ai-company']),
        status: z.enum(['applies', 'possible']),
        detail: z.string(),
        citation: z.string(),
        confidence: z.enum(['primary', 'secondary', 'unverified']),
      }),
    ),
    reasons: z.array(ReasonSchema),
    possibleExceptions: z.array(
      z.object({
        code: z.string(),
        title: z.string(),
        section: z.string(),
        conditions: z.string(),
        effectiveFrom: z.string().optional(),
        effectiveTo: z.string().optional(),
        document: z.string().optional(),
      }),
    ),
    citations: z.array(CitationSchema),
    rulesVersion: z.string(),
    notes: z.array(z.string()),
    endUsers: EndUserScreeningSchema.optional().openapi({
      description: 'present when a consignee or end user was named: the end-user lists checked and their hits',
    }),
    trace: z.array(
      z.object({
        ruleId: z.string(),
        kind: z.string(),
        title: z.string(),
        citation: CitationSchema,
        status: z.enum(['applied', 'not-applicable', 'not-in-force', 'not-enforced']),
        confidence: z.enum(['secondary', 'unverified']).optional(),
        detail: z.string(),
        inputs: z.record(z.string(), z.unknown()).optional(),
        effect: z.string().optional(),
      }),
    ),
  })
  .openapi('Determination');
