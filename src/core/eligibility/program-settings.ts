import { z } from 'zod';
import { CountryCodeSchema } from '../consortium/company.schema.ts';
import { FinancingSettingsSchema } from '../financing/financing-settings.ts';
import { DEFAULT_RUBRIC, RubricSchema } from '../review/rubric.ts';

/**
 * The program's configurable settings. An admin edits them (with history, kept by the storage layer); the
 * engine receives them as a value. Defaults follow the Call for Proposals (FR Doc 2026-06952) and
 * PRODUCT.md; every key is documented here.
 */
const NUMBER = { error: 'enter a number' } as const;

export const ProgramSettingsSchema = z.object({
  /** a member located in, or owned or controlled from, one of these fails eligibility (PRC incl. HK and MO) */
  countriesOfConcern: z.array(CountryCodeSchema).default(['CN', 'HK', 'MO']),
  /** providers of layers 2–5 must not be incorporated or primarily based here (laws compelling data sharing) */
  dataSharingJurisdictions: z.array(CountryCodeSchema).default(['CN', 'HK', 'MO', 'RU', 'IR', 'KP']),
  /** U.S.-origin share of hardware value at or above which the U.S.-content test is presumed met */
  usContentThresholdPercent: z.number(NUMBER).min(0, 'must be 0 or more').max(100, 'must be 100 or less').default(51),
  /** aggregate ownership at or above which a member counts as controlled */
  controlThresholdPercent: z.number(NUMBER).gt(0, 'must be more than 0').max(100, 'must be 100 or less').default(50),
  /** 31 CFR 850: training-compute thresholds (operations) for PRC-linked AI investment */
  outboundInvestment: z
    .object({
      notifiableAboveOps: z.number(NUMBER).positive('must be more than 0').default(1e23),
      prohibitedAboveOps: z.number(NUMBER).positive('must be more than 0').default(1e25),
    })
    .refine((t) => t.prohibitedAboveOps >= t.notifiableAboveOps, {
      path: ['prohibitedAboveOps'],
      message: 'must be at least the notifiable threshold',
    })
    .default({ notifiableAboveOps: 1e23, prohibitedAboveOps: 1e25 }),
  /**
   * a new list version that removes more than this share (percent) of the current version's entries is refused
   * unless the import allows the shrink with a reason (`--allow-shrink --reason`; API `allowShrink`, `reason`)
   */
  maxListShrinkPercent: z.number(NUMBER).min(0, 'must be 0 or more').max(100, 'must be 100 or less').default(20),
  /**
   * a current list version whose own date (asOf) is more than this many days old is stale: it raises a
   * `list_stale` alert (once per version), and a party screened only against stale lists is "not screened"
   */
  maxListAgeDays: z
    .number(NUMBER)
    .int('must be a whole number of days')
    .min(1, 'must be at least 1 day')
    .max(3650, 'must be 3650 days or less')
    .default(7),
  /**
   * hours between scheduled refreshes of the configured list sources (refresh-list jobs); 0 turns the schedule
   * off. The environment variable AIEXPORTS_LIST_REFRESH_HOURS, when set, overrides it; demo mode runs no schedule.
   */
  listRefreshHours: z
    .number(NUMBER)
    .min(0, 'must be 0 (off) or more')
    .max(8760, 'must be 8760 hours (a year) or less')
    .default(24),
  /** configured list sources (keys of AIEXPORTS_LIST_SOURCES) left out of the schedule; refreshing by hand still works */
  disabledListSources: z
    .array(z.string().regex(/^[a-z][a-z0-9:_-]*$/, 'must be a source key such as csl or un'))
    .default([]),
  /** switches for export-control rules in force but not enforced: "ai-diffusion", "4e091" */
  ruleSwitches: z.record(z.string(), z.boolean()).default({}),
  /** applicants see the names of the officers who acted on their proposals (otherwise "Program staff") */
  applicantHistoryShowsOfficers: z.boolean().default(false),
  /** applicants see the reasons officers gave in their proposals' history (otherwise withheld) */
  applicantHistoryShowsInternalReasons: z.boolean().default(false),
  /**
   * term-sheet terms (core/financing/financing-settings.ts, which cites its sources): down payment, financed share,
   * local-cost cap, program and OECD maximum terms, premium in basis points a year by OECD country risk category
   */
  financing: FinancingSettingsSchema,
  /**
   * the review rubric (core/review/rubric.ts): a version, and criteria with a key, title, positive weight and an
   * anchor text for each level of the 1–5 scale; a change of criteria needs a new version
   */
  rubric: RubricSchema.default(DEFAULT_RUBRIC),
  /** submitted reviews a proposal needs before it may be designated (the designation gate) */
  reviewersPerProposal: z
    .number(NUMBER)
    .int('must be a whole number of reviewers')
    .min(1, 'must be at least 1 reviewer')
    .max(20, 'must be 20 reviewers or less')
    .default(3),
});
export type ProgramSettings = z.infer<typeof ProgramSettingsSchema>;

export const DEFAULT_PROGRAM_SETTINGS: ProgramSettings = Object.freeze(ProgramSettingsSchema.parse({}));

/**
 * The day the defaults took effect: the Call for Proposals for Pre-Set Consortia (FR Doc 2026-06952, April 10,
 * 2026). Before it, and before any saved version, no program settings were in force.
 */
export const PROGRAM_SETTINGS_EFFECTIVE_FROM = '2026-04-10';
