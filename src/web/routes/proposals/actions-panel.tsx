import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Proposal } from '../../api/types.ts';
import { ActionDialog } from '../../components/action-dialog.tsx';

type ActionInfo = { label: string; description: string; danger?: boolean; reasonOptional?: boolean };

export const ACTIONS: Record<string, ActionInfo> = {
  start_review: {
    label: 'Start review',
    description: 'Moves the proposal into interagency review.',
    reasonOptional: true,
  },
  designate: {
    label: 'Designate',
    description: 'Designates the package as a priority AI export package; it is listed in the public catalog.',
  },
  decline: { label: 'Decline', description: 'Declines the proposal. The applicant sees the reason.', danger: true },
  return: {
    label: 'Return for revision',
    description: 'Returns the proposal to the applicant, who may revise it and submit a new version.',
  },
  suspend: {
    label: 'Suspend',
    description: 'Suspends the designation; the package leaves the catalog until reinstated.',
    danger: true,
  },
  reinstate: { label: 'Reinstate', description: 'Reinstates the suspended designation.' },
  revoke: { label: 'Revoke', description: 'Revokes the designation for good.', danger: true },
};

/** The workflow buttons the server allows this user on this proposal, each confirmed with a reason. */
export const ActionsPanel = ({
  proposal,
  onChanged,
}: {
  proposal: Proposal;
  onChanged: (proposal: Proposal) => void;
}) => {
  const [action, setAction] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (proposal.allowedActions.length === 0) return null;
  const info = action ? (ACTIONS[action] ?? { label: action, description: '' }) : null;
  return (
    <section className="aiex-panel aiex-actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading" className="font-heading-md margin-top-0">
        Decision
      </h2>
      <div className="usa-button-group">
        {proposal.allowedActions.map((name) => {
          const meta = ACTIONS[name] ?? { label: name, description: '' };
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
          setDone(`${info?.label ?? action}: done.`);
          onChanged(next);
        }}
      >
        <p>{info?.description}</p>
      </ActionDialog>
    </section>
  );
};
