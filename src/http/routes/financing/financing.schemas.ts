import { z } from '@hono/zod-openapi';
import { FINANCING_AGENCIES, REFERRAL_INSTRUMENTS, REFERRAL_STAGES } from '../../../core/financing/referral.ts';
import { TERM_SHEET_WARNING_CODES } from '../../../core/financing/term-sheet.ts';

/** Wire schemas of financing referrals, their stages and term sheets (EDAG financing desk). */
const Agency = z.enum(FINANCING_AGENCIES);
const Instrument = z.enum(REFERRAL_INSTRUMENTS);
const Stage = z.enum(REFERRAL_STAGES);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');
const NUMBER = { error: 'enter a number' } as const;
/** the agency contact's email, or empty */
const ContactEmail = z.union([z.literal(''), z.string().trim().email('enter an email address').max(320)]);

export const TermSheetInputSchema = z
  .object({
    contractValue: z.number(NUMBER),
    usContent: z.number(NUMBER),
    localCosts: z.number(NUMBER).optional(),
    tenorYears: z.number(NUMBER),
    cirrPercent: z.number(NUMBER),
    riskCategory: z.number(NUMBER).int('must be a whole number from 0 to 7').optional(),
    premiumBp: z.number(NUMBER).optional(),
  })
  .openapi('TermSheetInput');

const TermSheetRowSchema = z.object({
  number: z.number().int(),
  openingBalance: z.number(),
  principal: z.number(),
  interest: z.number(),
  premium: z.number(),
  payment: z.number(),
  closingBalance: z.number(),
});

/** Exactly the JSON of `aiexports term-sheet --format json`. */
export const TermSheetSchema = z
  .object({
    downPayment: z.number(),
    financedExportValue: z.number(),
    supportedLocalCosts: z.number(),
    principal: z.number(),
    instalments: z.number().int(),
    totalInterest: z.number(),
    totalPremium: z.number(),
    schedule: z.array(TermSheetRowSchema),
    warnings: z.array(z.object({ code: z.enum(TERM_SHEET_WARNING_CODES), message: z.string() })),
  })
  .openapi('TermSheet');

export const StoredTermSheetSchema = z
  .object({
    id: z.string(),
    referralId: z.string(),
    createdAt: z.string(),
    input: TermSheetInputSchema,
    /** the premium applied, basis points a year (given, or from the risk category's row of the settings) */
    premiumBp: z.number(),
    /** the program settings version whose financing terms it used (0: the defaults) */
    settingsVersion: z.number().int(),
    sheet: TermSheetSchema,
  })
  .openapi('StoredTermSheet');

export const ReferralSummarySchema = z
  .object({
    id: z.string(),
    proposalId: z.string().nullable(),
    inquiryId: z.string().nullable(),
    consortiumId: z.string(),
    consortiumName: z.string(),
    proposalTitle: z.string().nullable(),
    financingLine: z.number().int().nullable(),
    agency: Agency,
    instrument: Instrument,
    amountUsd: z.number(),
    stage: Stage,
    stageDate: z.string(),
    contactName: z.string(),
    updatedAt: z.string(),
  })
  .openapi('ReferralSummary');

export const ReferralSchema = ReferralSummarySchema.extend({
  contactEmail: z.string(),
  notes: z.string(),
  createdAt: z.string(),
  stages: z.array(
    z.object({
      stage: Stage,
      date: z.string(),
      note: z.string(),
      recordedByName: z.string().nullable(),
      recordedAt: z.string(),
    }),
  ),
  termSheets: z.array(StoredTermSheetSchema),
  nextStages: z.array(Stage),
  canManage: z.boolean(),
}).openapi('Referral');

export const ApplicantReferralSchema = z
  .object({
    id: z.string(),
    financingLine: z.number().int().nullable(),
    agency: Agency,
    instrument: Instrument,
    amountUsd: z.number(),
    stage: Stage,
    stageDate: z.string(),
    stages: z.array(z.object({ stage: Stage, date: z.string() })),
  })
  .openapi('ApplicantReferral');

export const FinancingRequestLineSchema = z
  .object({
    proposalId: z.string(),
    proposalTitle: z.string(),
    consortiumName: z.string(),
    proposalStatus: z.string(),
    financingLine: z.number().int(),
    agency: Agency,
    requestedInstrument: z.string(),
    suggestedInstrument: Instrument.nullable(),
    amountUsd: z.number(),
    tenorYears: z.number().nullable(),
    referrals: z.array(z.object({ id: z.string(), agency: Agency, stage: Stage })),
  })
  .openapi('FinancingRequestLine');

export const BoardQuerySchema = z.object({ agency: Agency.optional() });

export const ReferralCreateRequestSchema = z.object({
  proposalId: z.string().min(1).max(100),
  financingLine: z.number(NUMBER).int('must be a whole number').min(0, 'must be 0 or more'),
  agency: Agency.optional(),
  instrument: Instrument.optional(),
  amountUsd: z.number(NUMBER).optional(),
  contactName: z.string().max(200, 'must be 200 characters or fewer').optional(),
  contactEmail: ContactEmail.optional(),
  notes: z.string().max(10_000, 'must be 10000 characters or fewer').optional(),
  date: Day.optional(),
});

export const ReferralUpdateRequestSchema = z.object({
  contactName: z.string().max(200, 'must be 200 characters or fewer'),
  contactEmail: ContactEmail,
  notes: z.string().max(10_000, 'must be 10000 characters or fewer'),
});

export const StageMoveRequestSchema = z.object({
  stage: Stage,
  date: Day,
  note: z.string().max(2000, 'must be 2000 characters or fewer').optional(),
});

export const ReferralResponseSchema = z.object({ referral: ReferralSchema });
export const ReferralsResponseSchema = z.object({ referrals: z.array(ReferralSummarySchema) });
export const ApplicantReferralsResponseSchema = z.object({ referrals: z.array(ApplicantReferralSchema) });
export const FinancingRequestsResponseSchema = z.object({ requests: z.array(FinancingRequestLineSchema) });
export const TermSheetResponseSchema = z.object({ termSheet: StoredTermSheetSchema });

export type TermSheetWire = z.infer<typeof TermSheetSchema>;
export type StoredTermSheet = z.infer<typeof StoredTermSheetSchema>;
export type ReferralSummary = z.infer<typeof ReferralSummarySchema>;
export type Referral = z.infer<typeof ReferralSchema>;
export type ApplicantReferral = z.infer<typeof ApplicantReferralSchema>;
export type FinancingRequestLine = z.infer<typeof FinancingRequestLineSchema>;
export type ReferralResponse = z.infer<typeof ReferralResponseSchema>;
export type ReferralsResponse = z.infer<typeof ReferralsResponseSchema>;
export type ApplicantReferralsResponse = z.infer<typeof ApplicantReferralsResponseSchema>;
export type FinancingRequestsResponse = z.infer<typeof FinancingRequestsResponseSchema>;
export type TermSheetResponse = z.infer<typeof TermSheetResponseSchema>;
export type ReferralCreateRequest = z.infer<typeof ReferralCreateRequestSchema>;
export type StageMoveRequest = z.infer<typeof StageMoveRequestSchema>;
export type TermSheetInputWire = z.infer<typeof TermSheetInputSchema>;
