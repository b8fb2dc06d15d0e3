/** Where a proposal stands in its life (see docs/api.md for the transitions). */
export const PROPOSAL_STATUSES = [
  'draft',
  'submitted',
  'under_review',
  'designated',
  'declined',
  'returned',
  'suspended',
  'revoked',
  /** withdrawn by its applicants, with a reason; out of every queue, for good */
  'withdrawn',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** The officer-driven moves between statuses; submitting is the applicant's and separate. */
export const TRANSITION_ACTIONS = [
  'start_review',
  'designate',
  'decline',
  'return',
  'suspend',
  'reinstate',
  'revoke',
] as const;
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];
