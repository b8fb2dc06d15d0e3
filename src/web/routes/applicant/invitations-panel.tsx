import { useState } from 'react';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { useApi } from '../../components/use-api.ts';

/**
 * Consortium invitations waiting for one of the applicant's companies: accept (the company joins) or decline.
 * Renders nothing when there are none.
 */
export const InvitationsPanel = ({ onAnswered }: { onAnswered: () => void }) => {
  const invitations = useApi(() => api.invitations(), []);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const pending = (invitations.data?.invitations ?? []).filter((i) => i.status === 'pending');
  if (invitations.error) return <ErrorAlert error={invitations.error} heading="Invitations could not be loaded" />;
  if (pending.length === 0) return null;

  const answer = async (invitationId: string, choice: 'accept' | 'decline') => {
    setBusy(invitationId);
    setFailure(null);
    try {
      await api.answerInvitation(invitationId, choice);
      invitations.reload();
      onAnswered();
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading">Consortium invitations</h2>
      {failure ? <ErrorAlert error={failure} heading="The answer was not recorded" /> : null}
      <ul className="usa-list usa-list--unstyled">
        {pending.map((invitation) => (
          <li key={invitation.id} className="margin-bottom-2">
            <strong>{invitation.consortiumName}</strong> invites <strong>{invitation.companyName}</strong> to join.{' '}
            <span className="usa-button-group display-inline-flex">
              <button
                type="button"
                className="usa-button"
                disabled={busy === invitation.id}
                onClick={() => answer(invitation.id, 'accept')}
              >
                Accept<span className="usa-sr-only"> the invitation of {invitation.consortiumName}</span>
              </button>
              <button
                type="button"
                className="usa-button usa-button--outline"
                disabled={busy === invitation.id}
                onClick={() => answer(invitation.id, 'decline')}
              >
                Decline<span className="usa-sr-only"> the invitation of {invitation.consortiumName}</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
};
