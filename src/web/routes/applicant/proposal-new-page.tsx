import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { emptyContent, validateContent } from '../proposals/content-model.ts';

/** Starts a draft for one of the applicant's consortia; the editor opens next. */
export const ProposalNewPage = () => {
  const navigate = useNavigate();
  const consortia = useApi(() => api.consortia(), []);
  const calls = useApi(() => api.calls(), []);
  const [consortiumId, setConsortiumId] = useState('');
  const [callId, setCallId] = useState('');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const list = consortia.data?.consortia ?? [];
  useEffect(() => {
    if (list.length === 1 && !consortiumId && list[0]) setConsortiumId(list[0].id);
  }, [list, consortiumId]);
  const openCalls = (calls.data?.calls ?? []).filter((call) => call.phase === 'open');
  useEffect(() => {
    if (openCalls.length === 1 && !callId && openCalls[0]) setCallId(openCalls[0].id);
  }, [openCalls, callId]);

  const submit = async () => {
    setFailure(null);
    const content = emptyContent(title.trim());
    const next: Record<string, string> = {};
    const titleError = validateContent(content).title;
    if (titleError) next.title = titleError;
    if (!consortiumId) next.consortiumId = 'choose a consortium';
    if (!callId) next.callId = 'choose the call this proposal answers';
    setErrors(next);
    const first = Object.keys(next)[0];
    if (first) {
      document.getElementById(`field-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const { proposal } = await api.createProposal(consortiumId, content, callId);
      navigate(`/proposals/${proposal.id}`);
    } catch (error) {
      if (error instanceof ApiError) {
        const fields = error.fieldErrors();
        setErrors({
          title: fields['content.title'] ?? fields.title ?? '',
          consortiumId: fields.consortiumId ?? '',
          callId: fields.callId ?? '',
        });
      }
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title="Start a proposal">Start a proposal</PageTitle>
      <p className="usa-intro">
        Name the package and choose the consortium offering it. You fill in the five layers next, and can save as you
        go.
      </p>
      {consortia.loading && !consortia.data && <Loading label="Loading your consortia" />}
      {consortia.error ? <ErrorAlert error={consortia.error} heading="Your consortia could not be loaded" /> : null}
      {consortia.data && list.length === 0 && (
        <Alert type="info" heading="Register a consortium first">
          A proposal belongs to a consortium. <Link to="/consortia/new">Register one</Link>.
        </Alert>
      )}
      {calls.data && openCalls.length === 0 && (
        <Alert type="warning" heading="No call for proposals is open">
          A proposal answers an open call. See the <Link to="/calls">calls for proposals</Link> for when the next one
          opens.
        </Alert>
      )}
      {failure && (
        <Alert type="error" heading="The proposal was not created">
          {failure}
        </Alert>
      )}
      <form
        className="usa-form usa-form--large"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <SelectField
          path="consortiumId"
          label="Consortium"
          required
          value={consortiumId}
          error={errors.consortiumId || undefined}
          onChange={setConsortiumId}
          options={list.map((consortium) => ({ value: consortium.id, label: consortium.name }))}
        />
        <SelectField
          path="callId"
          label="Call for proposals"
          hint="The call this proposal answers; it must be submitted before the call closes."
          required
          value={callId}
          error={errors.callId || undefined}
          onChange={setCallId}
          options={openCalls.map((call) => ({
            value: call.id,
            label: `${call.title} (${call.reference}), closes ${formatDateTime(call.closesAt)}`,
          }))}
        />
        <TextField
          path="title"
          label="Title"
          required
          value={title}
          error={errors.title || undefined}
          onChange={setTitle}
        />
        <div className="usa-button-group margin-top-3">
          <button type="submit" className="usa-button" disabled={busy}>
            {busy ? 'Creating…' : 'Create draft'}
          </button>
          <Link to="/dashboard" className="usa-button usa-button--unstyled padding-x-2">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
};
