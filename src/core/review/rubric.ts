import { z } from 'zod';
import type { FieldError } from '../kernel/errors.ts';

/**
 * The review rubric: a versioned program setting (`rubric` in ProgramSettings). Each criterion has a key, a
 * title, a positive weight and an anchor text for every level of the 1–5 scale, so two reviewers mean the same
 * thing by a 4. A review names the rubric version it was scored on; a change of criteria, weights or anchors
 * needs a new version (checked against the history by `rubricVersionProblem`).
 */
export const RUBRIC_LEVELS = [1, 2, 3, 4, 5] as const;
export type RubricLevel = (typeof RUBRIC_LEVELS)[number];

const anchor = z
  .string({ error: 'write the text of this level' })
  .trim()
  .min(3, 'write the text of this level (at least 3 characters)')
  .max(600, 'must be 600 characters or fewer');

export const RubricCriterionSchema = z.object({
  /** stable key the scores are stored under (lower case, digits, underscores) */
  key: z
    .string({ error: 'enter a key' })
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'must start with a letter: lower-case letters, digits and _ (up to 40)'),
  title: z
    .string({ error: 'enter a title' })
    .trim()
    .min(3, 'enter a title (at least 3 characters)')
    .max(120, 'must be 120 characters or fewer'),
  /** relative weight in the weighted mean (any positive number; the weights need not add up to 100) */
  weight: z.number({ error: 'enter a number' }).positive('must be more than 0').max(1000, 'must be 1000 or less'),
  /** what a score of each level means for this criterion */
  anchors: z.object({ '1': anchor, '2': anchor, '3': anchor, '4': anchor, '5': anchor }, { error: 'anchor texts' }),
});
export type RubricCriterion = z.infer<typeof RubricCriterionSchema>;

export const RubricSchema = z
  .object({
    version: z
      .number({ error: 'enter a number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(100000, 'must be 100000 or less'),
    criteria: z
      .array(RubricCriterionSchema)
      .min(1, 'the rubric needs at least one criterion')
      .max(20, 'at most 20 criteria'),
  })
  .superRefine((rubric, ctx) => {
    const seen = new Set<string>();
    rubric.criteria.forEach((criterion, index) => {
      if (seen.has(criterion.key))
        ctx.addIssue({ code: 'custom', path: ['criteria', index, 'key'], message: 'this key is used twice' });
      seen.add(criterion.key);
    });
  });
export type Rubric = z.infer<typeof RubricSchema>;

/**
 * The rubric of the program's stated aims (EO 14320 §3; Call for Proposals, FR Doc 2026-06952): a full-stack
 * package, secured and export-controlled, commercially viable, of strategic value in its target markets, with a
 * realistic financing request. The Call publishes no weights; these are the program office's starting point.
 */
export const DEFAULT_RUBRIC: Rubric = {
  version: 1,
  criteria: [
    {
      key: 'full_stack',
      title: 'Completeness of the full stack',
      weight: 25,
      anchors: {
        '1': 'One or two of the five layers are offered; the buyer would have to source the rest elsewhere.',
        '2': 'Several layers are missing or only outlined; key providers are not committed.',
        '3': 'All five layers are named with providers, but at least one relies on unnamed third parties or lacks integration detail.',
        '4': 'All five layers come from committed members with an integration and operating plan; minor gaps in support or upgrades.',
        '5': 'A complete, integrated package from hardware to applications: committed providers, a deployment plan and life-cycle support for every layer.',
      },
    },
    {
      key: 'security_export_control',
      title: 'Security and export-control posture',
      weight: 25,
      anchors: {
        '1': 'Classification or screening is missing, or a party raises unresolved concerns; no security measures described.',
        '2': 'Only part of the hardware is classified; security measures are generic; diversion risk is not addressed.',
        '3': 'Items classified and licence needs identified for each destination; baseline security controls and end-use checks described.',
        '4': 'A clear licence path for every destination; physical, cyber and model-weight security with end-user monitoring; no open screening concerns.',
        '5': 'Complete classification and licensing plan, know-your-customer and anti-diversion controls, independent security assurance and incident reporting; every party screened clean.',
      },
    },
    {
      key: 'commercial_viability',
      title: 'Commercial viability and business model',
      weight: 20,
      anchors: {
        '1': 'No credible buyer demand or revenue model; costs are unexplained.',
        '2': 'Demand asserted without evidence; the business model is unclear or depends on continued subsidy.',
        '3': 'Plausible demand and pricing; the business model is stated but key assumptions are untested.',
        '4': 'Demand evidenced by letters of intent or pilots; sound pricing, operating model and local partners.',
        '5': 'Signed or advanced buyer commitments, a proven operating model and sustainable margins without continued federal support.',
      },
    },
    {
      key: 'strategic_value',
      title: 'Strategic value in the target markets',
      weight: 20,
      anchors: {
        '1': 'The target markets are of little strategic interest, or a U.S. stack would displace no competitor there.',
        '2': 'Limited value: small markets, or benefits not tied to U.S. interests.',
        '3': 'Moderate value: relevant markets with some benefit to U.S. AI leadership and partnerships.',
        '4': 'High value: priority partner markets where the package counters adversary-controlled stacks and builds lasting ties.',
        '5': 'Exceptional value: anchors the American AI stack in markets of national-security or economic importance, with effects across the region.',
      },
    },
    {
      key: 'financing_realism',
      title: 'Realism of the financing request',
      weight: 10,
      anchors: {
        '1': 'No financing request, or one out of all proportion to the package’s value and the buyer’s capacity.',
        '2': 'Amounts or instruments poorly matched to the project; no private co-financing.',
        '3': 'A proportionate request naming agencies and instruments; gaps in repayment sources or risk sharing.',
        '4': 'A well-structured request within the agencies’ limits, with private co-financing and identified repayment sources.',
        '5': 'Fully structured: instruments, terms and co-financing committed, within country limits, with a clear repayment plan and modest federal exposure.',
      },
    },
  ],
};

const sameRubric = (a: Rubric, b: Rubric): boolean => JSON.stringify(a.criteria) === JSON.stringify(b.criteria);

/**
 * Whether a new rubric fits the rubrics saved before it (newest first, ending with the defaults): a version is
 * never reused with other criteria (a review names the version it was scored on), and never goes back. Returns
 * the field error on `rubric.version`, or null.
 */
export const rubricVersionProblem = (earlier: readonly Rubric[], next: Rubric): FieldError | null => {
  const highest = Math.max(0, ...earlier.map((r) => r.version));
  const same = earlier.find((r) => r.version === next.version);
  if (same && !sameRubric(same, next))
    return {
      path: 'rubric.version',
      message: `the criteria changed: give the rubric a new version (above ${highest})`,
    };
  if (!same && next.version < highest)
    return { path: 'rubric.version', message: `must not go back: the latest rubric version is ${highest}` };
  return null;
};

/** The rubric of a version among the saved ones (newest first), or null when no saved settings had it. */
export const rubricOfVersion = (rubrics: readonly Rubric[], version: number): Rubric | null =>
  rubrics.find((r) => r.version === version) ?? null;
