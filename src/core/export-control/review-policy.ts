/** How BIS reviews a licence application, from least to most restrictive. "none": no licence is required. */
export const REVIEW_POLICIES = [
  'none',
  'presumption_of_approval',
  'case_by_case',
  'undetermined',
  'presumption_of_denial',
  'policy_of_denial',
] as const;
export type ReviewPolicy = (typeof REVIEW_POLICIES)[number];

export const REVIEW_POLICY_WORDS: Readonly<Record<ReviewPolicy, string>> = {
  none: 'no licence required',
  presumption_of_approval: 'presumption of approval',
  case_by_case: 'case-by-case review',
  undetermined: 'could not be determined from the reference data',
  presumption_of_denial: 'presumption of denial',
  policy_of_denial: 'policy of denial',
};

/** The more restrictive of two policies. */
export const stricterPolicy = (a: ReviewPolicy, b: ReviewPolicy): ReviewPolicy =>
  REVIEW_POLICIES.indexOf(a) >= REVIEW_POLICIES.indexOf(b) ? a : b;
