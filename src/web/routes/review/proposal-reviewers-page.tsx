import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import type { ReviewPanelResponse } from '../../api/types.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { TextArea } from '../../components/fields.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { CERTIFICATION_WORDS, tagWords } from './review-words.ts';

type Reviewer = ReviewPanelResponse['reviewers'][number];

/** The reason box of a waiver: a conflicted pair is assigned, or an assigned pair waived, only with it. */
const WaiverForm = (props: { reviewer: Reviewer; onWaive: (reason: string) => Promise<void>; label: string }) => {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  return (
    <form
      className="margin-top-1"
      onSubmit={async (event) => {
        event.preventDefault();
        if (reason.trim().length < 10) {
          setError('Write a reason of at least 10 characters.');
          return;
        }
        setError(undefined);
        await props.onWaive(reason.trim());
      }}
    >
      <TextArea
        path={`waiver-${props.reviewer.userId}`}
        label={`Waiver reason for ${props.reviewer.name}`}
        value={reason}
        onChange={setReason}
        error={error}
        rows={2}
      />
      <button type="submit" className="usa-button usa-button--secondary margin-top-1">
        {props.label}
        <span className="usa-sr-only">: {props.reviewer.name}</span>
      </button>
    </form>
  );
};

/** The program officer's reviewers panel of one proposal: assign or remove, conflicts with reasons, waive, publish. */
export const ProposalReviewersPage = () => {
  const { id = '' } = useParams();
  const { data, error, loading, reload } = useApi(() => api.reviewPanel(id), [id]);
  const [panel, setPanel] = useState<ReviewPanelResponse | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const shown = panel ?? data;

  const act = async (run: () => Promise<ReviewPanelResponse>, done: string) => {
    setActionError(null);
    setMessage(null);
    try {
      setPanel(await run());
      setMessage(done);
    } catch (caught) {
      setActionError(caught);
      if (caught instanceof ApiError && caught.status === 409) reload();
    }
  };

  const assigned = shown?.reviewers.filter((r) => r.assignment !== null) ?? [];
  const available = shown?.reviewers.filter((r) => r.assignment === null) ?? [];

  return (
    <>
      <PageTitle title="Reviewers of the proposal">Reviewers{shown ? `: ${shown.title}` : ''}</PageTitle>
      <p>
        <Link to={`/proposals/${id}`}>Back to the proposal</Link>
      </p>
      {error !== null && <ErrorAlert error={error} />}
      {actionError !== null && <ErrorAlert error={actionError} />}
      {message && (
        <Alert type="success" slim>
          {message}
        </Alert>
      )}
      {loading && !shown && <Loading label="Loading the reviewers panel" />}
      {shown && !shown.assignable && (
        <Alert type="info" slim>
          Reviewers are assigned while a proposal is submitted or under review.
        </Alert>
      )}
      {shown && (
        <>
          <h2>Assigned ({assigned.length})</h2>
          {assigned.length === 0 && <p>No reviewer is assigned yet.</p>}
          <ul className="usa-list usa-list--unstyled">
            {assigned.map((r) => {
              const a = r.assignment!;
              return (
                <li key={r.userId} className="border-bottom-1px border-base-lighter padding-y-2">
                  <p className="margin-y-0 text-bold">
                    {r.name} <span className="text-normal">({r.agency ?? 'no agency'})</span>
                  </p>
                  <p className="margin-y-05">
                    {a.publishedAt ? `Published ${formatDateTime(a.publishedAt)}` : 'Not published yet'} ·{' '}
                    {CERTIFICATION_WORDS[a.certification]}
                    {a.recusalReason ? `: “${a.recusalReason}”` : ''}
                  </p>
                  {r.conflicts.length > 0 && (
                    <div className="margin-y-1">
                      <p className="margin-y-0 text-bold">Conflicts of interest</p>
                      <ul className="usa-list margin-y-05">
                        {r.conflicts.map((c) => (
                          <li key={`${c.affiliationId}-${c.partyName}`}>{c.reason}</li>
                        ))}
                      </ul>
                      {a.waivedAt ? (
                        <p className="margin-y-0">
                          Waived {formatDateTime(a.waivedAt)}: “{a.waiverReason}”
                        </p>
                      ) : (
                        a.certification !== 'recused' && (
                          <WaiverForm
                            reviewer={r}
                            label="Waive the conflict"
                            onWaive={(reason) =>
                              act(() => api.waiveConflict(id, r.userId, reason), `Conflict of ${r.name} waived.`)
                            }
                          />
                        )
                      )}
                    </div>
                  )}
                  <button
                    type="button"
                    className="usa-button usa-button--unstyled margin-top-1"
                    onClick={() => act(() => api.removeReviewer(id, r.userId), `${r.name} removed.`)}
                  >
                    Remove {r.name}
                  </button>
                </li>
              );
            })}
          </ul>
          {shown.assignable && (
            <button
              type="button"
              className="usa-button margin-top-2"
              disabled={shown.unpublished === 0}
              onClick={() =>
                act(async () => {
                  const done = await api.publishAssignments(id);
                  return done;
                }, 'Assignments published; the reviewers are notified.')
              }
            >
              Publish {shown.unpublished} unpublished assignment{shown.unpublished === 1 ? '' : 's'}
            </button>
          )}
          <h2>Available reviewers</h2>
          {available.length === 0 && <p>Every reviewer is assigned.</p>}
          <ul className="usa-list usa-list--unstyled">
            {available.map((r) => (
              <li key={r.userId} className="border-bottom-1px border-base-lighter padding-y-2">
                <p className="margin-y-0 text-bold">
                  {r.name} <span className="text-normal">({r.agency ?? 'no agency'})</span>
                </p>
                <p className="margin-y-05">
                  Load {r.load} / {r.capacity} ·{' '}
                  {r.expertise.length === 0 ? 'no expertise tags' : r.expertise.map(tagWords).join(', ')}
                </p>
                {r.conflicts.length === 0 ? (
                  shown.assignable && (
                    <button
                      type="button"
                      className="usa-button usa-button--outline"
                      onClick={() => act(() => api.assignReviewer(id, { reviewerId: r.userId }), `${r.name} assigned.`)}
                    >
                      Assign<span className="usa-sr-only"> {r.name}</span>
                    </button>
                  )
                ) : (
                  <div>
                    <p className="margin-y-0 text-bold text-secondary-dark">Conflict of interest</p>
                    <ul className="usa-list margin-y-05">
                      {r.conflicts.map((c) => (
                        <li key={`${c.affiliationId}-${c.partyName}`}>{c.reason}</li>
                      ))}
                    </ul>
                    {shown.assignable && (
                      <WaiverForm
                        reviewer={r}
                        label="Waive and assign"
                        onWaive={(reason) =>
                          act(
                            () => api.assignReviewer(id, { reviewerId: r.userId, waiverReason: reason }),
                            `${r.name} assigned with a waiver.`,
                          )
                        }
                      />
                    )}
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
};
