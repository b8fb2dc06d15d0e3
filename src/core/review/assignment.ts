/** How a reviewer came to be assigned: by the solver, by hand, or forced into the solver's answer. */
export const ASSIGNMENT_SOURCES = ['solver', 'manual', 'forced'] as const;
export type AssignmentSource = (typeof ASSIGNMENT_SOURCES)[number];

/**
 * The reviewer's word on conflicts of interest: `pending` until they certify none (`certified`) or declare one
 * (`recused`). Only a certified reviewer of a published assignment reads the proposal's content.
 */
export const CERTIFICATIONS = ['pending', 'certified', 'recused'] as const;
export type Certification = (typeof CERTIFICATIONS)[number];

/** The statuses in which a proposal's reviewers are assigned: submitted and under review. */
export const ASSIGNABLE_STATUSES = ['submitted', 'under_review'] as const;
