import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { Proposal } from '../../api/types.ts';
import { ActionDialog } from '../../components/action-dialog.tsx';

/**
 * The applicants' own moves on a proposal: withdraw a submitted one (with a written reason, kept in the audit
 * trail and shown to the program office) or delete a draft that was never submitted (after confirming).
 */
export const ApplicantActions = ({
  proposal,
  onChanged,
  onDeleted,
}: {
  proposal: Proposal;
  onChanged: (proposal: Proposal) => void;
  onDeleted: () => void;
}) => {
  const [open, setOpen] = useState<'withdraw' | 'delete' | null>(null);
  const [done, setDone] = useState<string | null>(null);
  if (!proposal.canWithdraw && !proposal.canDelete) return done ? <p role="status">{done}</p> : null;
  return (
    <section className="aiex-panel aiex-actions" aria-labelledby="applicant-actions-heading">
      <h2 id="applicant-actions-heading" className="font-heading-md margin-top-0">
        {proposal.canWithdraw ? 'Withdraw' : 'Delete'}
      </h2>
      <div className="usa-button-group">
        {proposal.canWithdraw && (
          <button type="button" className="usa-button usa-button--secondary" onClick={() => setOpen('withdraw')}>
            Withdraw proposal
          </button>
        )}
        {proposal.canDelete && (
          <button type="button" className="usa-button usa-button--secondary" onClick={() => setOpen('delete')}>
            Delete draft
          </button>
        )}
      </div>
      <ActionDialog
        open={open === 'withdraw'}
        title={`Withdraw ${proposal.title}?`}
        confirmLabel="Withdraw proposal"
        reason="required"
        danger
        onClose={() => setOpen(null)}
        onConfirm={async (reason) => {
          const { proposal: next } = await api.withdraw(proposal.id, reason);
          setDone('Proposal withdrawn.');
          onChanged(next);
        }}
      >
        <p>
          The proposal leaves the program office’s queue and cannot be submitted again. Its versions are kept. Say why
          you withdraw it: the reason is recorded in the audit trail and shown to the program office.
        </p>
      </ActionDialog>
      <ActionDialog
        open={open === 'delete'}
        title={`Delete the draft ${proposal.title}?`}
        confirmLabel="Delete draft"
        danger
        onClose={() => setOpen(null)}
        onConfirm={async () => {
          await api.deleteDraft(proposal.id);
          onDeleted();
        }}
      >
        <p>The draft was never submitted. Deleting it removes it for good; this cannot be undone.</p>
      </ActionDialog>
    </section>
  );
};
