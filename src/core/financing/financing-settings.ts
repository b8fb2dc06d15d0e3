import { z } from 'zod';

/**
 * The terms a financing officer's term sheets are computed with: part of the program settings (key `financing`),
 * so an admin changes them with a reason and every saved version stays for replays as of a date.
 *
 * Sources of the defaults:
 * - OECD Arrangement on Officially Supported Export Credits (TAD/PG(2023)7, the 2023 modernisation), Chapter II:
 *   art. 10 (down payment of at least 15% of the export contract value, so at most 85% officially supported),
 *   art. 12 (maximum repayment term: 15 years for most transactions since 15 July 2023), art. 14 (principal repaid
 *   in equal instalments, at least every six months, the first no later than six months after the starting point
 *   of credit), art. 20 (CIRR), art. 23–24 and Annex VI (minimum premium rates by country risk category 0–7).
 * - EXIM, Content Policy and program pages: EXIM supports the lesser of 85% of the contract value and 100% of
 *   the U.S. content; medium- and long-term guarantees generally up to 10 years (the program's own maximum).
 * - Local costs: this program supports up to 30% of the contract value by default (the EXIM local-cost policy
 *   before the 2023 modernisation; the Arrangement now allows up to 40% for Category I countries and 50% for the
 *   others, so an admin may raise it).
 * - Premiums: the per-category figures are the minimum sovereign premium rates of Annex VI, expressed as a
 *   running rate in basis points a year over the outstanding balance (the program's simplification of the
 *   up-front MPR formula); an officer may enter the agency's quoted premium instead.
 */
const NUMBER = { error: 'enter a number' } as const;
const percent = (fallback: number) =>
  z.number(NUMBER).min(0, 'must be 0 or more').max(100, 'must be 100 or less').default(fallback);
const basisPoints = (fallback: number) =>
  z.number(NUMBER).min(0, 'must be 0 or more').max(10_000, 'must be 10000 basis points or less').default(fallback);
const years = (fallback: number) =>
  z.number(NUMBER).gt(0, 'must be more than 0').max(30, 'must be 30 years or less').default(fallback);

/** The OECD country risk categories, 0 (high-income OECD, lowest risk) to 7 (highest risk). */
export const RISK_CATEGORIES = [0, 1, 2, 3, 4, 5, 6, 7] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

export const PremiumTableSchema = z
  .object({
    '0': basisPoints(0),
    '1': basisPoints(7),
    '2': basisPoints(28),
    '3': basisPoints(58),
    '4': basisPoints(126),
    '5': basisPoints(176),
    '6': basisPoints(220),
    '7': basisPoints(277),
  })
  .prefault({});

export const FinancingSettingsSchema = z
  .object({
    /** cash payment by the buyer, percent of the contract value (OECD Arrangement art. 10: at least 15%) */
    downPaymentPercent: percent(15),
    /** the most of the contract value officially supported (OECD art. 10; EXIM: the lesser of this and U.S. content) */
    financedSharePercent: percent(85),
    /** local costs supported, at most this percent of the contract value (program default 30%; OECD 40%/50%) */
    localCostCapPercent: percent(30),
    /** the program's maximum repayment term in years (EXIM guarantees generally up to 10) */
    maxTermYears: years(10),
    /** the OECD Arrangement's ceiling on the repayment term (15 years since July 2023, art. 12) */
    oecdMaxTermYears: years(15),
    /** premium in basis points a year by country risk category (OECD Annex VI minimum sovereign premium rates) */
    premiumBpByRiskCategory: PremiumTableSchema,
  })
  .refine((f) => f.downPaymentPercent + f.financedSharePercent <= 100, {
    path: ['financedSharePercent'],
    message: 'the down payment and the financed share together must be 100 percent or less',
  })
  .refine((f) => f.maxTermYears <= f.oecdMaxTermYears, {
    path: ['maxTermYears'],
    message: 'must be at most the OECD ceiling',
  })
  .prefault({});
export type FinancingSettings = z.infer<typeof FinancingSettingsSchema>;

export const DEFAULT_FINANCING_SETTINGS: FinancingSettings = Object.freeze(FinancingSettingsSchema.parse(undefined));

/** The sources of the financing settings, as a page or document cites them. */
export const FINANCING_SETTINGS_SOURCES = [
  'OECD Arrangement on Officially Supported Export Credits (2023), arts. 10, 12, 14, 20 and Annex VI (minimum premium rates)',
  'EXIM Content Policy (support of the lesser of 85% of the contract value and 100% of U.S. content) and EXIM program terms',
] as const;
