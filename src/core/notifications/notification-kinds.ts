import type { Role } from '../accounts/roles.ts';

/**
 * What the platform tells a person in the app: one kind per event a role must act on. Each kind names who
 * receives it: every user of some roles, the users of the proposal's consortium (the applicant), or the users
 * of an invited company.
 */
export const NOTIFICATION_KINDS = [
  'proposal_submitted',
  'decision_ready',
  'screening_hits',
  'screening_alert',
  'list_alert',
  'proposal_returned',
  'proposal_designated',
  'proposal_declined',
  'consortium_invitation',
  'review_assigned',
  'reviews_complete',
  'suspension_recommended',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationAudience =
  | { to: 'roles'; roles: readonly Role[] }
  | { to: 'applicant' }
  | { to: 'invited_company' }
  | { to: 'named_users' };

export const NOTIFICATION_AUDIENCES: Record<NotificationKind, NotificationAudience> = {
  /** a proposal (or a new version) waits for review to start */
  proposal_submitted: { to: 'roles', roles: ['program_officer'] },
  /** review started: the proposal waits for a decision */
  decision_ready: { to: 'roles', roles: ['decision_maker'] },
  /** screening a submitted proposal found new open hits to adjudicate */
  screening_hits: { to: 'roles', roles: ['compliance_officer'] },
  /** re-screening after a list change found hits on a designated package */
  screening_alert: { to: 'roles', roles: ['compliance_officer'] },
  /** a list shrank more than allowed, a refresh was refused, or a list went stale */
  list_alert: { to: 'roles', roles: ['compliance_officer'] },
  proposal_returned: { to: 'applicant' },
  proposal_designated: { to: 'applicant' },
  proposal_declined: { to: 'applicant' },
  /** a consortium invited the company: one of its users accepts or declines */
  consortium_invitation: { to: 'invited_company' },
  /** a program officer published review assignments: each assigned reviewer certifies or recuses */
  review_assigned: { to: 'named_users' },
  /** every reviewer assigned to a proposal has submitted: the reviews are ready for the program officer */
  reviews_complete: { to: 'roles', roles: ['program_officer'] },
  /** a true match confirmed on a designated package (adjudication or a reused decision in re-screening) */
  suspension_recommended: { to: 'roles', roles: ['decision_maker'] },
};
