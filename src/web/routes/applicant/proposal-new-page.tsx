import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { emptyContent, validateContent } from '../proposals/content-model.ts';

/** Starts a draft for one of the applicant's consortia; the editor opens next. */
export const ProposalNewPage = () => {
  const navigate = useNavigate();
  const consortia = useApi(() => api.consortia(), []);
  const [consortiumId, setConsortiumId] = useState('');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const list = consortia.data?.consortia ?? [];
  useEffect(() => {
    if (list.length === 1 && !consortiumId && list[0]) setConsortiumId(list[0].id);
  }, [list, consortiumId]);

  const submit = async () => {
    setFailure(null);
    const content = emptyContent(title.trim());
    const next: Record<string, string> = {};
    const titleError = validateContent(content).title;
    if (titleError) next.title = titleError;
    if (!consortiumId) next.consortiumId = 'choose a consortium';
    setErrors(next);
    const first = Object.keys(next)[0];
    if (first) {
      document.getElementById(`field-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const { proposal } = await api.createProposal(consortiumId, content);
      navigate(`/proposals/${proposal.id}`);
    } catch (error) {
      if (error instanceof ApiError) {
        const fields = error.fieldErrors();
        setErrors({ title: fields['content.title'] ?? fields.title ?? '', consortiumId: fields.consortiumId ?? '' });
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
