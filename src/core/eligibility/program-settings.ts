import { z } from 'zod';
import { CountryCodeSchema } from '../consortium/company.schema.ts';

/**
 * The program's configurable settings. An admin edits them (with history, kept by the storage layer); the
 * engine receives them as a value. Defaults follow the Call for Proposals (FR Doc 2026-06952) and
 * PRODUCT.md; every key is documented here.
 */
export const ProgramSettingsSchema = z.object({
  /** a member located in, or owned or controlled from, one of these fails eligibility (PRC incl. HK and MO) */
  countriesOfConcern: z.array(CountryCodeSchema).default(['CN', 'HK', 'MO']),
  /** providers of layers 2–5 must not be incorporated or primarily based here (laws compelling data sharing) */
  dataSharingJurisdictions: z.array(CountryCodeSchema).default(['CN', 'HK', 'MO', 'RU', 'IR', 'KP']),
  /** U.S.-origin share of hardware value at or above which the U.S.-content test is presumed met */
  usContentThresholdPercent: z.number().min(0).max(100).default(51),
  /** aggregate ownership at or above which a member counts as controlled */
  controlThresholdPercent: z.number().gt(0).max(100).default(50),
  /** 31 CFR 850: training-compute thresholds (operations) for PRC-linked AI investment */
  outboundInvestment: z
    .object({
      notifiableAboveOps: z.number().positive().default(1e23),
      prohibitedAboveOps: z.number().positive().default(1e25),
    })
    .default({ notifiableAboveOps: 1e23, prohibitedAboveOps: 1e25 }),
  /**
   * a new list version that removes more than this share (percent) of the current version's entries is refused
   * unless the import allows the shrink with a reason (`--allow-shrink --reason`; API `allowShrink`, `reason`)
   */
  maxListShrinkPercent: z.number().min(0).max(100).default(20),
  /**
   * a current list version whose own date (asOf) is more than this many days old is stale: it raises a
   * `list_stale` alert (once per version), and a party screened only against stale lists is "not screened"
   */
  maxListAgeDays: z.number().int().min(1).max(3650).default(7),
  /** switches for export-control rules in force but not enforced: "ai-diffusion", "4e091" */
  ruleSwitches: z.record(z.string(), z.boolean()).default({}),
  /** applicants see the names of the officers who acted on their proposals (otherwise "Program staff") */
  applicantHistoryShowsOfficers: z.boolean().default(false),
  /** applicants see the reasons officers gave in their proposals' history (otherwise withheld) */
  applicantHistoryShowsInternalReasons: z.boolean().default(false),
});
export type ProgramSettings = z.infer<typeof ProgramSettingsSchema>;

export const DEFAULT_PROGRAM_SETTINGS: ProgramSettings = Object.freeze(ProgramSettingsSchema.parse({}));
