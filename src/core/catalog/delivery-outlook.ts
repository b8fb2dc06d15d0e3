import { expandTargets } from '../eligibility/targets.ts';
import { determine } from '../export-control/determine.ts';
import type { Reason } from '../export-control/evaluate-rules.ts';
import { REVIEW_POLICY_WORDS, type ReviewPolicy } from '../export-control/review-policy.ts';
import type { PossibleException } from '../export-control/rule.ts';
import type { Result } from '../kernel/result.ts';
import { ok } from '../kernel/result.ts';
import type { HardwareItem } from '../package/proposal.schema.ts';

export type ItemOutlook = {
  product: string;
  eccn: string;
  licenseRequired: boolean;
  reviewPolicy: ReviewPolicy;
  reviewPolicyWords: string;
  reasons: Reason[];
  possibleExceptions: PossibleException[];
};

/** Whether a package's hardware can ship to one country without a licence, item by item, with the rules that say so. */
export type DeliveryOutlook = {
  country: string;
  /** true when any item needs a licence, or the engine cannot say (the catalog never over-promises) */
  licenseRequired: boolean;
  items: ItemOutlook[];
  rulesVersion: string;
  date: string;
};

/**
 * The export-control outlook of a package's hardware for a destination, as of a date. Only the items'
 * public fields are used (ECCN and chip metrics), so it is safe to show to buyers.
 */
export const deliveryOutlook = (input: {
  hardware: readonly Pick<HardwareItem, 'product' | 'eccn' | 'tpp' | 'performanceDensity' | 'memoryBandwidthGBs'>[];
  country: string;
  date: string;
  switches?: Readonly<Record<string, boolean>>;
}): Result<DeliveryOutlook> => {
  const items: ItemOutlook[] = [];
  const versions: string[] = [];
  for (const item of input.hardware) {
    const determination = determine(
      {
        eccn: item.eccn,
        destination: input.country,
        ...(item.tpp === undefined ? {} : { tpp: item.tpp }),
        ...(item.performanceDensity === undefined ? {} : { performanceDensity: item.performanceDensity }),
        ...(item.memoryBandwidthGBs === undefined ? {} : { memoryBandwidthGBs: item.memoryBandwidthGBs }),
      },
      input.date,
      input.switches ? { switches: input.switches } : {},
    );
    if (!determination.ok) return determination;
    const d = determination.value;
    versions.push(d.rulesVersion);
    items.push({
      product: item.product,
      eccn: d.eccn,
      licenseRequired: d.licenseRequired,
      reviewPolicy: d.reviewPolicy,
      reviewPolicyWords: REVIEW_POLICY_WORDS[d.reviewPolicy],
      reasons: d.reasons,
      possibleExceptions: d.possibleExceptions,
    });
  }
  const rulesVersion = versions.sort().at(-1) ?? input.date;
  const licenseRequired = items.some((i) => i.licenseRequired || i.reviewPolicy === 'undetermined');
  return ok({ country: input.country, licenseRequired, items, rulesVersion, date: input.date });
};

/** The package's target countries (blocs expanded) split by whether any hardware item needs a licence there. */
export const targetDelivery = (input: {
  hardware: Parameters<typeof deliveryOutlook>[0]['hardware'];
  targets: readonly string[];
  date: string;
}): { withoutLicense: string[]; licenseRequired: string[] } => {
  const withoutLicense: string[] = [];
  const licenseRequired: string[] = [];
  for (const country of expandTargets(input.targets).countries) {
    const outlook = deliveryOutlook({ hardware: input.hardware, country, date: input.date });
    if (!outlook.ok || outlook.value.licenseRequired) licenseRequired.push(country);
    else withoutLicense.push(country);
  }
  return { withoutLicense, licenseRequired };
};
