import type { Role } from '../accounts/roles.ts';
import { appError } from '../kernel/errors.ts';
import { err, ok, type Result } from '../kernel/result.ts';

export const PROPOSAL_STATUSES = [
  'draft',
  'submitted',
  'under_review',
  'designated',
  'declined',
  'returned',
  'suspended',
  'revoked',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

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

type TransitionRule = { from: ProposalStatus[]; to: ProposalStatus; role: Role; reasonRequired: boolean };

/** The officer-driven transitions. Submitting (draft/returned → submitted) is the applicant's and handled by submitProposal. */
export const TRANSITIONS: Record<TransitionAction, TransitionRule> = {
  start_review: { from: ['submitted'], to: 'under_review', role: 'program_officer', reasonRequired: false },
  designate: { from: ['under_review'], to: 'designated', role: 'decision_maker', reasonRequired: true },
  decline: { from: ['under_review'], to: 'declined', role: 'decision_maker', reasonRequired: true },
  return: { from: ['under_review'], to: 'returned', role: 'decision_maker', reasonRequired: true },
  suspend: { from: ['designated'], to: 'suspended', role: 'decision_maker', reasonRequired: true },
  reinstate: { from: ['suspended'], to: 'designated', role: 'decision_maker', reasonRequired: true },
  revoke: { from: ['designated', 'suspended'], to: 'revoked', role: 'decision_maker', reasonRequired: true },
};

/** Statuses in which the applicant may edit the draft and submit it. */
export const EDITABLE_STATUSES: readonly ProposalStatus[] = ['draft', 'returned'];

export const isEditable = (status: ProposalStatus): boolean => EDITABLE_STATUSES.includes(status);

/** The actions this role may take on a proposal in this status. */
export const allowedActions = (status: ProposalStatus, role: Role): TransitionAction[] =>
  TRANSITION_ACTIONS.filter((action) => {
    const rule = TRANSITIONS[action];
    return rule.from.includes(status) && (rule.role === role || role === 'admin');
  });

/** Decides a transition: the new status, or why it is not allowed. */
export const applyTransition = (input: {
  status: ProposalStatus;
  action: TransitionAction;
  role: Role;
  reason: string;
}): Result<ProposalStatus> => {
  const rule = TRANSITIONS[input.action];
  if (rule.role !== input.role && input.role !== 'admin') {
    return err(appError('forbidden', `Only a ${rule.role.replace('_', ' ')} may ${input.action.replace('_', ' ')}.`));
  }
  if (!rule.from.includes(input.status)) {
    return err(
      appError(
        'invalid_transition',
        `Cannot ${input.action.replace('_', ' ')} a proposal that is ${input.status.replace('_', ' ')}; allowed from: ${rule.from.join(', ')}.`,
        { status: input.status, action: input.action, allowedFrom: rule.from },
      ),
    );
  }
  if (rule.reasonRequired && input.reason.trim().length < 3) {
    return err(
      appError('invalid_input', 'A reason is required for this decision.', [
        { path: 'reason', message: 'give a reason of at least 3 characters' },
      ]),
    );
  }
  return ok(rule.to);
};

/** Whether a proposal in this status can be submitted (a first version, or a revision after return). */
export const checkSubmittable = (status: ProposalStatus): Result<ProposalStatus> =>
  isEditable(status)
    ? ok('submitted')
    : err(
        appError(
          'invalid_transition',
          `Cannot submit a proposal that is ${status.replace('_', ' ')}; only drafts and returned proposals can be submitted.`,
          { status },
        ),
      );
