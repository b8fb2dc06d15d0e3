import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Proposal, TransitionAction } from '../../api/types.ts';
import { ActionDialog } from '../../components/action-dialog.tsx';

type ActionInfo = { label: string; description: string; done: string; danger?: boolean; reasonOptional?: boolean };

export const ACTIONS: Record<TransitionAction, ActionInfo> = {
  start_review: {
    done: 'Review started.',
    label: 'Start review',
    description: 'Moves the proposal into interagency review.',
    reasonOptional: true,
  },
  designate: {
    done: 'Designated: the package is listed in the public catalog.',
    label: 'Designate',
    description: 'Designates the package as a priority AI export package; it is listed in the public catalog.',
  },
  decline: {
    done: 'Declined.',
    label: 'Decline',
    description: 'Declines the proposal. The applicant sees the reason.',
    danger: true,
  },
  return: {
    done: 'Returned to the applicant for revision.',
    label: 'Return for revision',
    description: 'Returns the proposal to the applicant, who may revise it and submit a new version.',
  },
  suspend: {
    done: 'Designation suspended.',
    label: 'Suspend',
    description: 'Suspends the designation; the package leaves the catalog until reinstated.',
    danger: true,
  },
  reinstate: {
    done: 'Designation reinstated.',
    label: 'Reinstate',
    description: 'Reinstates the suspended designation.',
  },
  revoke: {
    done: 'Designation revoked.',
    label: 'Revoke',
    description: 'Revokes the designation for good.',
    danger: true,
  },
};

/** The workflow buttons the server allows this user on this proposal, each confirmed in a dialog asking for a reason. */
export const ActionsPanel = ({
  proposal,
  onChanged,
}: {
  proposal: Proposal;
  onChanged: (proposal: Proposal) => void;
}) => {
  const [action, setAction] = useState<TransitionAction | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (proposal.allowedActions.length === 0) return null;
  const info = action ? ACTIONS[action] : null;
  return (
    <section className="aiex-panel aiex-actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading" className="font-heading-md margin-top-0">
        Decision
      </h2>
      <div className="usa-button-group">
        {proposal.allowedActions.map((name) => {
          const meta = ACTIONS[name];
          return (
            <button
              key={name}
              type="button"
              className={`usa-button${meta.danger ? ' usa-button--secondary' : name === 'designate' || name === 'start_review' ? '' : ' usa-button--outline'}`}
              onClick={() => {
                setDone(null);
                setAction(name);
              }}
            >
              {meta.label}
            </button>
          );
        })}
      </div>
      {done && (
        <p className="margin-bottom-0" role="status">
          {done}
        </p>
      )}
      <ActionDialog
        open={action !== null}
        title={info ? `${info.label}: ${proposal.title}` : ''}
        confirmLabel={info?.label ?? 'Confirm'}
        reason={info?.reasonOptional ? 'optional' : 'required'}
        danger={info?.danger}
        onClose={() => setAction(null)}
        onConfirm={async (reason) => {
          if (!action) return;
          const { proposal: next } = await api.transition(proposal.id, action, reason);
          setDone(info?.done ?? 'Done.');
          onChanged(next);
        }}
      >
        <p>{info?.description}</p>
      </ActionDialog>
    </section>
  );
};
