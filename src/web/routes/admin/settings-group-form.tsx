import { useEffect, useId, useState } from 'react';
import type { ProgramSettings } from '../../../core/eligibility/program-settings.ts';
import { Alert } from '../../components/alert.tsx';
import { ErrorSummary, fieldId, NumberField, TextArea, TextField } from '../../components/fields.tsx';
import { saveSettings } from './save-settings.ts';
import {
  parseCountries,
  type SettingField,
  type SettingsGroup,
  settingLabel,
  valueAt,
  withValueAt,
} from './settings-fields.ts';

const CheckboxField = (props: {
  field: SettingField;
  checked: boolean;
  error?: string;
  onChange: (checked: boolean) => void;
}) => {
  const id = fieldId(props.field.path);
  return (
    <div className={`usa-form-group${props.error ? ' usa-form-group--error' : ''}`}>
      {props.error && (
        <span className="usa-error-message" id={`${id}-error`}>
          {props.error}
        </span>
      )}
      <div className="usa-checkbox">
        <input
          className="usa-checkbox__input"
          id={id}
          type="checkbox"
          checked={props.checked}
          aria-describedby={`${id}-hint`}
          onChange={(event) => props.onChange(event.target.checked)}
        />
        <label className="usa-checkbox__label" htmlFor={id}>
          {props.field.label}
          <span className="usa-checkbox__label-description" id={`${id}-hint`}>
            {props.field.help}
          </span>
        </label>
      </div>
    </div>
  );
};

/**
 * One group of settings as its own form: each field labelled with its help and unit, a required reason, and the
 * server's field errors beside the fields; what was typed stays on error.
 */
export const SettingsGroupForm = ({
  group,
  current,
  onSaved,
}: {
  group: SettingsGroup;
  current: ProgramSettings;
  onSaved: (version: number) => void;
}) => {
  const headingId = useId();
  const [draft, setDraft] = useState<ProgramSettings>(current);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);

  // a newer version (saved here or by another group's form) becomes the base; this group's edits are kept
  // biome-ignore lint/correctness/useExhaustiveDependencies: rebase only when the version in force changes
  useEffect(() => {
    setDraft((mine) => group.fields.reduce((next, f) => withValueAt(next, f.path, valueAt(mine, f.path)), current));
  }, [current]);

  const set = (path: string, value: unknown) => setDraft((d) => withValueAt(d, path, value));
  const changed = group.fields.some(
    (f) => JSON.stringify(valueAt(draft, f.path) ?? null) !== JSON.stringify(valueAt(current, f.path) ?? null),
  );

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaved(null);
    if (!changed) {
      setErrors({ '': 'Nothing changed in this group.' });
      setAttempt((n) => n + 1);
      return;
    }
    setSaving(true);
    const outcome = await saveSettings(draft, reason);
    setSaving(false);
    if (!outcome.ok) {
      setErrors(outcome.errors);
      setAttempt((n) => n + 1);
      return;
    }
    setErrors({});
    setReason('');
    setTexts({});
    setSaved(outcome.version.version);
    onSaved(outcome.version.version);
  };

  const reasonPath = `reason-${group.id}`;
  const summaryErrors = Object.fromEntries(
    Object.entries(errors).map(([path, message]) => [path === 'reason' ? reasonPath : path, message]),
  );
  const summaryLabel = (path: string) =>
    path === reasonPath ? 'Reason for the change' : path ? settingLabel(path) : 'Form';

  return (
    <section aria-labelledby={headingId} className="margin-top-4 aiex-settings-group">
      <h2 id={headingId}>{group.title}</h2>
      <p className="margin-top-0">{group.intro}</p>
      <ErrorSummary errors={summaryErrors} labelFor={summaryLabel} focusKey={attempt} />
      {saved !== null && (
        <Alert type="success" heading={`Version ${saved} saved`} slim>
          The change is in force now and recorded in the audit trail.
        </Alert>
      )}
      <form className="usa-form usa-form--large" noValidate onSubmit={onSubmit} aria-labelledby={headingId}>
        {group.fields.map((field) => {
          const value = valueAt(draft, field.path);
          const error = errors[field.path];
          if (field.kind === 'boolean')
            return (
              <CheckboxField
                key={field.path}
                field={field}
                checked={value === true}
                error={error}
                onChange={(checked) => set(field.path, checked)}
              />
            );
          if (field.kind === 'countries')
            return (
              <TextField
                key={field.path}
                path={field.path}
                label={field.label}
                hint={field.help}
                error={error}
                value={texts[field.path] ?? ((value as string[] | undefined) ?? []).join(', ')}
                onChange={(text) => {
                  setTexts((t) => ({ ...t, [field.path]: text }));
                  set(field.path, parseCountries(text));
                }}
                uppercase
              />
            );
          return (
            <NumberField
              key={field.path}
              path={field.path}
              label={field.unit ? `${field.label} (${field.unit})` : field.label}
              hint={field.help}
              error={error}
              value={typeof value === 'number' ? value : undefined}
              onChange={(number) => set(field.path, number)}
              width="md"
            />
          );
        })}
        <TextArea
          path={reasonPath}
          label="Reason for the change"
          hint="Required. Recorded with the new version and in the audit trail."
          error={errors.reason}
          value={reason}
          onChange={setReason}
          required
        />
        <button type="submit" className="usa-button" disabled={saving}>
          {saving ? 'Saving…' : `Save ${group.title.toLowerCase()}`}
        </button>
      </form>
    </section>
  );
};
