import { useState } from 'react';
import { CompanyInputSchema } from '../../../core/consortium/company.schema.ts';
import { ApiError, api } from '../../api/client.ts';
import type { Company } from '../../api/types.ts';
import { Alert } from '../../components/alert.tsx';
import { SelectField, TextField } from '../../components/fields.tsx';

type Form = {
  kind: string;
  legalName: string;
  otherNames: string;
  countryOfIncorporation: string;
  principalPlaceOfBusiness: string;
  uei: string;
  lei: string;
  duns: string;
};
const EMPTY: Form = {
  kind: '',
  legalName: '',
  otherNames: '',
  countryOfIncorporation: '',
  principalPlaceOfBusiness: '',
  uei: '',
  lei: '',
  duns: '',
};

const toInput = (form: Form) => ({
  kind: form.kind,
  legalName: form.legalName,
  otherNames: form.otherNames
    .split(/\n|;/)
    .map((name) => name.trim())
    .filter(Boolean),
  countryOfIncorporation: form.countryOfIncorporation,
  principalPlaceOfBusiness: form.principalPlaceOfBusiness,
  identifiers: Object.fromEntries(
    (['uei', 'lei', 'duns'] as const).filter((key) => form[key].trim() !== '').map((key) => [key, form[key].trim()]),
  ),
});

const FORM_KEY: Record<string, keyof Form> = {
  'identifiers.uei': 'uei',
  'identifiers.lei': 'lei',
  'identifiers.duns': 'duns',
};

/** Registers a company (CompanyInput) and hands it back, e.g. to add it as a consortium member. */
export const CompanyForm = ({
  onCreated,
  onCancel,
  submitLabel = 'Create company and add it',
}: {
  onCreated: (company: Company) => void;
  onCancel: () => void;
  submitLabel?: string;
}) => {
  const [form, setForm] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));

  const mapErrors = (details: { path: string; message: string }[]) => {
    const next: Partial<Record<keyof Form, string>> = {};
    for (const detail of details) {
      const key = FORM_KEY[detail.path] ?? (detail.path.split('.')[0] as keyof Form);
      if (key in EMPTY && !next[key]) next[key] = detail.message;
    }
    return next;
  };

  const submit = async () => {
    setFailure(null);
    const parsed = CompanyInputSchema.safeParse(toInput(form), {
      error: (issue) => (issue.code === 'invalid_value' && issue.input === '' ? 'select one' : undefined),
    });
    if (!parsed.success) {
      const next = mapErrors(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
      setErrors(next);
      const first = Object.keys(next)[0];
      if (first) document.getElementById(`field-company-${first}`)?.focus();
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { company } = await api.createCompany(parsed.data);
      setForm(EMPTY);
      onCreated(company);
    } catch (error) {
      if (error instanceof ApiError) setErrors(mapErrors(error.details));
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const field = (
    key: keyof Form,
    label: string,
    extra: { hint?: string; required?: boolean; uppercase?: boolean; width?: 'xs' | 'md' } = {},
  ) => (
    <TextField
      path={`company.${key}`}
      label={label}
      value={form[key]}
      error={errors[key]}
      onChange={set(key)}
      required={extra.required ?? false}
      hint={extra.hint}
      uppercase={extra.uppercase}
      width={extra.width}
    />
  );

  return (
    <fieldset className="usa-fieldset aiex-panel">
      <legend className="usa-legend aiex-item__legend text-bold">New company</legend>
      {failure && (
        <Alert type="error" slim>
          {failure}
        </Alert>
      )}
      <div className="aiex-item__grid">
        <SelectField
          path="company.kind"
          label="Kind"
          required
          error={errors.kind}
          value={form.kind}
          onChange={set('kind')}
          options={[
            { value: 'company', label: 'Company' },
            { value: 'person', label: 'Person' },
            { value: 'government', label: 'Government entity' },
          ]}
        />
        {field('legalName', 'Legal name', { required: true })}
        {field('countryOfIncorporation', 'Country of incorporation', {
          required: true,
          uppercase: true,
          width: 'xs',
          hint: 'ISO code, e.g. US',
        })}
        {field('principalPlaceOfBusiness', 'Principal place of business', {
          required: true,
          uppercase: true,
          width: 'xs',
          hint: 'ISO code, e.g. AE',
        })}
        {field('otherNames', 'Other names', { hint: 'separate with semicolons' })}
        {field('uei', 'UEI', { uppercase: true, hint: '12 letters or digits' })}
        {field('lei', 'LEI', { uppercase: true, hint: '20 letters or digits' })}
        {field('duns', 'DUNS', { hint: '9 digits' })}
      </div>
      <div className="usa-button-group margin-top-2">
        <button type="button" className="usa-button" disabled={busy} onClick={() => void submit()}>
          {busy ? 'Creating…' : submitLabel}
        </button>
        <button type="button" className="usa-button usa-button--unstyled padding-x-2" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
};
