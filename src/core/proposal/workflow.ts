import { type Action, can, whoMay } from '../accounts/permissions.ts';
import type { Actor } from '../accounts/roles.ts';
import { appError } from '../kernel/errors.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { type ProposalStatus, TRANSITION_ACTIONS, type TransitionAction } from './proposal-status.ts';

/** Who may take a transition is the permissions table's `proposal.<action>`; here only the statuses. */
type TransitionRule = { from: ProposalStatus[]; to: ProposalStatus; reasonRequired: boolean };

/** The officer-driven transitions. Submitting (draft/returned → submitted) is the applicant's and handled by submitProposal. */
export const TRANSITIONS: Record<TransitionAction, TransitionRule> = {
  start_review: { from: ['submitted'], to: 'under_review', reasonRequired: false },
  designate: { from: ['under_review'], to: 'designated', reasonRequired: true },
  decline: { from: ['under_review'], to: 'declined', reasonRequired: true },
  return: { from: ['under_review'], to: 'returned', reasonRequired: true },
  suspend: { from: ['designated'], to: 'suspended', reasonRequired: true },
  reinstate: { from: ['suspended'], to: 'designated', reasonRequired: true },
  revoke: { from: ['designated', 'suspended'], to: 'revoked', reasonRequired: true },
};

/** Statuses in which the applicant may edit the draft and submit it. */
export const EDITABLE_STATUSES: readonly ProposalStatus[] = ['draft', 'returned'];

export const isEditable = (status: ProposalStatus): boolean => EDITABLE_STATUSES.includes(status);

/** The permission that governs a transition. */
export const transitionPermission = (action: TransitionAction): Action => `proposal.${action}`;

/** The actions this actor may take on a proposal in this status. */
export const allowedActions = (status: ProposalStatus, actor: Actor): TransitionAction[] =>
  TRANSITION_ACTIONS.filter(
    (action) => TRANSITIONS[action].from.includes(status) && can(actor, transitionPermission(action)),
  );

/** Decides a transition: the new status, or why it is not allowed. */
export const applyTransition = (input: {
  status: ProposalStatus;
  action: TransitionAction;
  actor: Actor;
  reason: string;
}): Result<ProposalStatus> => {
  const rule = TRANSITIONS[input.action];
  const permission = transitionPermission(input.action);
  if (!can(input.actor, permission)) return err(appError('forbidden', whoMay(permission)));
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

/** Statuses from which the applicants may withdraw a proposal: submitted and not yet decided. */
export const WITHDRAWABLE_STATUSES: readonly ProposalStatus[] = ['submitted', 'under_review', 'returned'];

/** Decides the applicants' withdrawal: `withdrawn`, or why not (the status, or a missing reason). */
export const checkWithdrawable = (status: ProposalStatus, reason: string): Result<ProposalStatus> => {
  if (!WITHDRAWABLE_STATUSES.includes(status)) {
    return err(
      appError(
        'invalid_transition',
        status === 'draft'
          ? 'A draft that was never submitted cannot be withdrawn; delete it instead.'
          : `Cannot withdraw a proposal that is ${status.replace('_', ' ')}; allowed from: ${WITHDRAWABLE_STATUSES.join(', ')}.`,
        { status, allowedFrom: WITHDRAWABLE_STATUSES },
      ),
    );
  }
  if (reason.trim().length < 3) {
    return err(
      appError('invalid_input', 'Give the reason for withdrawing; it is recorded and shown to the program office.', [
        { path: 'reason', message: 'give a reason of at least 3 characters' },
      ]),
    );
  }
  return ok('withdrawn');
};

/** Whether a proposal may be deleted: only a draft never submitted (no version exists). */
export const checkDeletable = (status: ProposalStatus, currentVersion: number | null): Result<null> =>
  status === 'draft' && currentVersion === null
    ? ok(null)
    : err(
        appError(
          'invalid_transition',
          `Only a draft that was never submitted can be deleted; this proposal is ${status.replace('_', ' ')}${currentVersion ? ` with ${currentVersion} version(s)` : ''}. Withdraw it instead.`,
          { status },
        ),
      );
