import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ConsortiumInputSchema } from '../../../core/consortium/consortium.schema.ts';
import { ApiError, api } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';

/** Registers a consortium whose anchor member is one of the applicant's companies. */
export const ConsortiumNewPage = () => {
  const { user } = useSession();
  const navigate = useNavigate();
  const companies = useApi(() => api.companies(), []);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [anchor, setAnchor] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const own = (companies.data?.companies ?? []).filter((company) => user?.companyIds.includes(company.id));

  const submit = async () => {
    setFailure(null);
    const next: Record<string, string> = {};
    const parsed = ConsortiumInputSchema.safeParse({ name, description });
    if (!parsed.success) for (const issue of parsed.error.issues) next[String(issue.path[0])] ??= issue.message;
    if (!anchor) next.anchorCompanyId = 'choose the anchor member';
    setErrors(next);
    const first = Object.keys(next)[0];
    if (first) {
      document.getElementById(`field-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const { consortium } = await api.createConsortium({
        name: name.trim(),
        description: description.trim(),
        anchorCompanyId: anchor,
      });
      navigate(`/consortia/${consortium.id}`);
    } catch (error) {
      if (error instanceof ApiError) setErrors(error.fieldErrors());
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PageTitle title="Register a consortium">Register a consortium</PageTitle>
      <p className="usa-intro">
        A consortium is a standing team of companies with exactly one anchor member, who leads and submits.
      </p>
      {companies.loading && !companies.data && <Loading label="Loading your companies" />}
      {companies.error ? <ErrorAlert error={companies.error} heading="Your companies could not be loaded" /> : null}
      {failure && (
        <Alert type="error" heading="The consortium was not registered">
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
        <TextField path="name" label="Name" required value={name} error={errors.name} onChange={setName} />
        <TextArea
          path="description"
          label="Description"
          required={false}
          value={description}
          error={errors.description}
          onChange={setDescription}
        />
        <SelectField
          path="anchorCompanyId"
          label="Anchor member"
          hint="One of the companies your account belongs to."
          required
          value={anchor}
          error={errors.anchorCompanyId}
          onChange={setAnchor}
          options={own.map((company) => ({
            value: company.id,
            label: `${company.legalName} (${company.countryOfIncorporation})`,
          }))}
        />
        <div className="usa-button-group margin-top-3">
          <button type="submit" className="usa-button" disabled={busy}>
            {busy ? 'Registering…' : 'Register consortium'}
          </button>
          <Link to="/dashboard" className="usa-button usa-button--unstyled padding-x-2">
            Cancel
          </Link>
        </div>
      </form>
    </>
  );
};
