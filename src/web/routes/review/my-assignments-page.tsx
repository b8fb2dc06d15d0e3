import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { MyAssignmentResponse } from '../../api/types.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { TextArea } from '../../components/fields.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { CERTIFICATION_WORDS } from './review-words.ts';

const PARTY_WORDS = {
  member: 'Member',
  owner: 'Owner',
  operator: 'Operator',
  'end-user': 'End user',
  buyer: 'Buyer',
  builder: 'Builder',
} as const;

const Assignment = ({ item, onChange }: { item: MyAssignmentResponse; onChange: () => void }) => {
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [recusing, setRecusing] = useState(false);
  const run = async (call: () => Promise<unknown>) => {
    setError(null);
    try {
      await call();
      onChange();
    } catch (caught) {
      setError(caught);
    }
  };
  const headingId = `assignment-${item.proposalId}`;
  return (
    <li className="usa-card margin-bottom-3" aria-labelledby={headingId}>
      <div className="usa-card__container">
        <div className="usa-card__header">
          <h2 className="usa-card__heading" id={headingId}>
            {item.title}
          </h2>
        </div>
        <div className="usa-card__body">
          <p className="margin-y-05">
            {item.consortiumName} · published {formatDateTime(item.publishedAt)} ·{' '}
            <strong>{CERTIFICATION_WORDS[item.certification]}</strong>
            {item.recusalReason ? `: “${item.recusalReason}”` : ''}
          </p>
          <p className="margin-y-05 text-bold">Parties to the proposal</p>
          <ul className="usa-list margin-y-05">
            {item.parties.map((p) => (
              <li key={`${p.kind}-${p.name}`}>
                {PARTY_WORDS[p.kind]}: {p.name}
                {p.country ? ` (${p.country})` : ''}
              </li>
            ))}
          </ul>
          {item.conflicts.length > 0 && (
            <Alert type="warning" heading="Your declared affiliations conflict with this proposal">
              <ul className="usa-list">
                {item.conflicts.map((c) => (
                  <li key={`${c.affiliationId}-${c.partyName}`}>{c.reason}</li>
                ))}
              </ul>
              {item.waivedAt ? <p>The program officer waived it: “{item.waiverReason}”.</p> : null}
            </Alert>
          )}
          {error !== null && <ErrorAlert error={error} />}
          {item.reviewLink && (
            <p>
              <Link className="usa-button" to={item.reviewLink}>
                Open the review<span className="usa-sr-only">: {item.title}</span>
              </Link>
            </p>
          )}
          {item.certification === 'pending' && (
            <div className="margin-top-2">
              <p>
                Before you read the proposal, certify that you have no conflict of interest with any of its parties, or
                declare one and recuse.
              </p>
              <button
                type="button"
                className="usa-button"
                onClick={() => run(() => api.certifyAssignment(item.proposalId))}
              >
                I certify I have no conflict<span className="usa-sr-only">: {item.title}</span>
              </button>
              <button
                type="button"
                className="usa-button usa-button--outline"
                aria-expanded={recusing}
                onClick={() => setRecusing((v) => !v)}
              >
                Declare a conflict and recuse<span className="usa-sr-only">: {item.title}</span>
              </button>
            </div>
          )}
          {item.certification !== 'recused' && recusing && (
            <form
              className="margin-top-2"
              onSubmit={(event) => {
                event.preventDefault();
                if (reason.trim().length < 5) {
                  setReasonError('Say why you recuse (at least 5 characters).');
                  return;
                }
                setReasonError(undefined);
                void run(() => api.recuseAssignment(item.proposalId, reason.trim()));
              }}
            >
              <TextArea
                path={`recusal-${item.proposalId}`}
                label="Why you recuse"
                value={reason}
                onChange={setReason}
                error={reasonError}
              />
              <button type="submit" className="usa-button usa-button--secondary margin-top-1">
                Recuse
              </button>
            </form>
          )}
          {item.certification === 'certified' && !recusing && (
            <button type="button" className="usa-button usa-button--unstyled" onClick={() => setRecusing(true)}>
              A conflict came to light: recuse<span className="usa-sr-only"> from {item.title}</span>
            </button>
          )}
        </div>
      </div>
    </li>
  );
};

/** The reviewer's published assignments: certify no conflict or recuse, then open the review. */
export const MyAssignmentsPage = () => {
  const { data, error, loading, reload } = useApi(() => api.myAssignments(), []);
  return (
    <>
      <PageTitle title="My assignments">My assignments</PageTitle>
      <p className="usa-intro">
        Proposals a program officer assigned to you. Certify that you have no conflict of interest before reading one.
      </p>
      <p>
        <Link to="/reviewer/profile">Keep your affiliations up to date</Link>
      </p>
      {error !== null && <ErrorAlert error={error} />}
      {loading && !data && <Loading label="Loading your assignments" />}
      {data && data.assignments.length === 0 && (
        <Alert type="info" slim>
          You have no assignments yet.
        </Alert>
      )}
      {data && data.assignments.length > 0 && (
        <ul className="usa-card-group flex-column">
          {data.assignments.map((item) => (
            <Assignment key={item.proposalId} item={item} onChange={reload} />
          ))}
        </ul>
      )}
    </>
  );
};
