import type { CountryGroupId } from './data/country-groups.ts';
import type { DestinationProfile } from './data/destination-profile.ts';
import type { EccnEntry } from './data/eccns.ts';
import type { Confidence, Dated } from './dated.ts';
import type { ReviewPolicy } from './review-policy.ts';

/** Where a rule comes from, in a form a reader can look up. */
export type Citation = { source: string; section: string; url?: string };

/** A licence exception that may apply: shown as possible, never granted by the engine. */
export type PossibleException = {
  code: string;
  title: string;
  section: string;
  conditions: string;
  /** first day the exception exists (a rule names it only from then) */
  effectiveFrom?: string;
  effectiveTo?: string;
  document?: string;
};

/** The agency whose authorization a rule requires: BIS (a licence under the EAR) or OFAC (Treasury). */
export type Agency = 'BIS' | 'OFAC';

/** How the movement of the item is made: from the U.S., from abroad, or within one country. */
export const TRANSACTIONS = ['export', 'reexport', 'transfer'] as const;
export type Transaction = (typeof TRANSACTIONS)[number];

/** A named consignee (or kind of consignee) for whom a rule does not require a licence, with its window. */
export type ConsigneeExemption = Dated & {
  id: string;
  category: 'government' | 'approved-entity' | 'us-headquartered-ai-company';
  /** how the exemption is named in answers */
  name: string;
  /** names that designate the consignee (compared after normalization); empty when the list is not held */
  names: readonly string[];
  /** when the names are not held: a consignee whose headquarters or ultimate parent is in the U.S. may qualify */
  possibleWhenUsHeadquartered?: boolean;
  citation: string;
  confidence: Confidence;
};

/** What a rule found about the consignee's exemption: it applies (named) or may apply (to be verified). */
export type ExemptionFinding = {
  ruleId: string;
  id: string;
  name: string;
  category: ConsigneeExemption['category'];
  status: 'applies' | 'possible';
  detail: string;
  citation: string;
  confidence: Confidence;
};

/** The parameters of each rule kind. Adding a kind = a row here, an evaluator file and a line in evaluators.ts. */
export type RuleParamsByKind = {
  /** licence required for listed ECCNs to destinations in some groups or listed, minus destinations in others */
  'destination-scope': {
    eccns: readonly string[];
    groups: readonly CountryGroupId[];
    countries: readonly string[];
    excludeGroups: readonly CountryGroupId[];
    excludeCountries: readonly string[];
    reviewPolicy: ReviewPolicy;
    family: string;
    possibleExceptions: readonly PossibleException[];
    /** consignees for whom the requirement does not apply */
    exemptions?: readonly ConsigneeExemption[];
  };
  /** licence required to any destination when the buyer/operator or its ultimate parent is headquartered in listed places */
  'headquarters-scope': {
    eccns: readonly string[];
    groups: readonly CountryGroupId[];
    countries: readonly string[];
    /** destinations where a shipment is not an export (the United States and its territories) */
    exceptDestinations: readonly string[];
    reviewPolicy: ReviewPolicy;
    family: string;
    possibleExceptions: readonly PossibleException[];
  };
  /** licence required to every destination except those listed */
  worldwide: {
    eccns: readonly string[];
    exceptDestinations: readonly string[];
    reviewPolicy: ReviewPolicy;
    family: string;
    possibleExceptions: readonly PossibleException[];
  };
  /** sets the review policy of a family's requirement by the item's performance, for listed destinations */
  'performance-review-policy': {
    family: string;
    destinations: readonly string[];
    /** the movements the policy covers (e.g. only exports from the United States) */
    transactions: readonly Transaction[];
    tppBelow: number;
    memoryBandwidthBelowGBs: number;
    within: ReviewPolicy;
    otherwise: ReviewPolicy;
  };
  /** a destination-wide embargo or sanctions programme (part 746) */
  'destination-embargo': {
    destinations: readonly string[];
    /**
     * "all-items": EAR99 included; "ccl-items": items on the CCL, EAR99 flagged for review (ear99Note);
     * "ccl-items-only": items on the CCL, EAR99 not covered by this rule
     */
    scope: 'all-items' | 'ccl-items' | 'ccl-items-only';
    reviewPolicy: ReviewPolicy;
    /** the review policy for EAR99 items, when it differs */
    ear99ReviewPolicy?: ReviewPolicy;
    ear99Note?: string;
    possibleExceptions: readonly PossibleException[];
    /** exceptions available for EAR99 items only */
    ear99Exceptions?: readonly PossibleException[];
  };
  /** anti-terrorism controls: items with AT among their reasons to listed groups */
  'anti-terrorism': {
    groups: readonly CountryGroupId[];
    sectionByDestination: Readonly<Record<string, string>>;
    reviewPolicy: ReviewPolicy;
    /** a different review policy for some destinations */
    reviewPolicyByDestination?: Readonly<Record<string, ReviewPolicy>>;
  };
  /** the Country Chart: a column named by the ECCN with an X for the destination (738.4) */
  'country-chart': {
    reviewPolicy: ReviewPolicy;
    /** destinations where a shipment is not an export (the United States and its territories) */
    domesticDestinations: readonly string[];
  };
};

export type RuleKind = keyof RuleParamsByKind;

/** A rule: data with a kind, a citation, effective dates and parameters. Frozen. */
export type Rule<K extends RuleKind = RuleKind> = {
  id: string;
  kind: K;
  /** the rule's name in plain words */
  title: string;
  /** what it says, in one or two plain sentences */
  summary: string;
  source: string;
  section: string;
  url?: string;
  /** the Federal Register document that made it, when known */
  document?: string;
  /** first day in force (YYYY-MM-DD) */
  effectiveFrom: string;
  /** first day no longer in force, if any */
  effectiveTo?: string;
  /** whose authorization the rule requires (default BIS) */
  agency?: Agency;
  /** how sure the project is of the rule (default primary); docs/rules.md lists the others */
  confidence?: Confidence;
  /** in force but not enforced from this date, unless the switch named is on */
  enforcement?: { notEnforcedFrom: string; switchKey: string; note: string };
  params: RuleParamsByKind[K];
};

export type AnyRule = { [K in RuleKind]: Rule<K> }[RuleKind];

/** What the evaluator knows about one item and one destination. */
export type Facts = {
  /** the date of the determination */
  date: string;
  eccn: string;
  /** patterns a bare ECCN is known not to fall under (e.g. 3A090.a/.b for a chip below their thresholds) */
  excludedPatterns?: ReadonlySet<string>;
  transaction: Transaction;
  /** the consignee's name, as given */
  consignee?: string;
  entry: EccnEntry | undefined;
  destination: DestinationProfile;
  headquarters?: DestinationProfile;
  ultimateParentHeadquarters?: DestinationProfile;
  tpp?: number;
  performanceDensity?: number;
  memoryBandwidthGBs?: number;
};

/** What one rule says about the facts. */
export type RuleOutcome = {
  applies: boolean;
  /** why it applies or not, with the inputs, in plain words */
  detail: string;
  licenseRequired?: boolean;
  reviewPolicy?: ReviewPolicy;
  /** groups requirements whose review policy another rule may set */
  family?: string;
  /** sets the review policy of the requirements of a family */
  policyOverride?: { family: string; reviewPolicy: ReviewPolicy };
  possibleExceptions?: readonly PossibleException[];
  /** an exemption of the consignee the rule found (applied or possible) */
  exemption?: ExemptionFinding;
  inputs: Record<string, unknown>;
};

export type RuleEvaluator<K extends RuleKind> = (rule: Rule<K>, facts: Facts) => RuleOutcome;
