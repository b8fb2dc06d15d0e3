/** Where a screening hit stands: not yet decided, or decided by a compliance officer. */
export const HIT_STATUSES = ['open', 'true_match', 'false_positive'] as const;
export type HitStatus = (typeof HIT_STATUSES)[number];

/** What a compliance officer may decide about a hit. */
export const HIT_DECISIONS = ['true_match', 'false_positive'] as const;
export type HitDecision = (typeof HIT_DECISIONS)[number];

/** The kinds of name a screening query may give. */
export const SCREENED_NAME_TYPES = ['person', 'company', 'vessel', 'aircraft', 'unknown'] as const;
