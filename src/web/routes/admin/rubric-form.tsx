import { useEffect, useId, useState } from 'react';
import type { ProgramSettings } from '../../../core/eligibility/program-settings.ts';
import { RUBRIC_LEVELS, type Rubric, type RubricCriterion } from '../../../core/review/rubric.ts';
import { Alert } from '../../components/alert.tsx';
import { ErrorSummary, NumberField, TextArea, TextField } from '../../components/fields.tsx';
import { saveSettings } from './save-settings.ts';

const emptyCriterion = (index: number): RubricCriterion => ({
  key: `criterion_${index + 1}`,
  title: '',
  weight: 10,
  anchors: { '1': '', '2': '', '3': '', '4': '', '5': '' },
});

const labelOf = (path: string): string => {
  if (path === 'reason-rubric') return 'Reason for the change';
  if (path === 'rubric.version') return 'Rubric version';
  const match = /^rubric\.criteria\.(\d+)\.?(\w+)?\.?(\d)?/.exec(path);
  if (!match) return path || 'Form';
  const n = Number(match[1]) + 1;
  return `Criterion ${n}${match[2] ? ` ${match[2]}` : ''}${match[3] ? ` level ${match[3]}` : ''}`;
};

/**
 * The review rubric as a program setting: its version, and per criterion the key, title, weight and the anchor
 * text of each level 1–5. A change of criteria needs a new version (the server says so on the version field).
 */
export const RubricForm = ({ current, onSaved }: { current: ProgramSettings; onSaved: (version: number) => void }) => {
  const headingId = useId();
  const [rubric, setRubric] = useState<Rubric>(current.rubric);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<number | null>(null);
  useEffect(() => setRubric(current.rubric), [current.rubric]);

  const setCriterion = (index: number, next: RubricCriterion) =>
    setRubric((r) => ({ ...r, criteria: r.criteria.map((c, i) => (i === index ? next : c)) }));

  return (
    <section aria-labelledby={headingId} className="margin-top-4 aiex-settings-group">
      <h2 id={headingId}>Review rubric</h2>
      <p className="margin-top-0">
        The criteria reviewers score from 1 to 5, their weights in the weighted mean, and what each level means. A
        review keeps the rubric version it was scored on: give the rubric a new version when its criteria change.
      </p>
      <ErrorSummary errors={errors} labelFor={labelOf} focusKey={attempt} />
      {saved !== null && (
        <Alert type="success" heading={`Version ${saved} saved`} slim>
          New reviews are scored on this rubric; the change is recorded in the audit trail.
        </Alert>
      )}
      <form
        className="usa-form usa-form--large"
        noValidate
        aria-labelledby={headingId}
        onSubmit={async (event) => {
          event.preventDefault();
          setSaved(null);
          setSaving(true);
          const outcome = await saveSettings({ ...current, rubric }, reason);
          setSaving(false);
          if (!outcome.ok) {
            setErrors(
              Object.fromEntries(
                Object.entries(outcome.errors).map(([path, message]) => [
                  path === 'reason' ? 'reason-rubric' : path,
                  message,
                ]),
              ),
            );
            setAttempt((n) => n + 1);
            return;
          }
          setErrors({});
          setReason('');
          setSaved(outcome.version.version);
          onSaved(outcome.version.version);
        }}
      >
        <NumberField
          path="rubric.version"
          label="Rubric version"
          hint="A whole number; raise it whenever criteria, weights or anchor texts change."
          error={errors['rubric.version']}
          value={rubric.version}
          onChange={(version) => setRubric((r) => ({ ...r, version: version as number }))}
          width="md"
        />
        {rubric.criteria.map((criterion, index) => {
          const base = `rubric.criteria.${index}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the key field is edited in place; the position is the criterion's identity in the form
            <fieldset key={index} className="usa-fieldset margin-top-3 border-top-1px border-base-lighter">
              <legend className="usa-legend usa-legend--large">
                Criterion {index + 1}: {criterion.title || 'new'}
              </legend>
              <TextField
                path={`${base}.key`}
                label="Key"
                hint="Stable identifier the scores are stored under: lower-case letters, digits and _."
                error={errors[`${base}.key`]}
                value={criterion.key}
                onChange={(key) => setCriterion(index, { ...criterion, key })}
                width="lg"
              />
              <TextField
                path={`${base}.title`}
                label="Title"
                error={errors[`${base}.title`]}
                value={criterion.title}
                onChange={(title) => setCriterion(index, { ...criterion, title })}
              />
              <NumberField
                path={`${base}.weight`}
                label="Weight"
                hint="Relative weight in the weighted mean; more than 0."
                error={errors[`${base}.weight`]}
                value={criterion.weight}
                onChange={(weight) => setCriterion(index, { ...criterion, weight: weight as number })}
                width="md"
              />
              {RUBRIC_LEVELS.map((level) => {
                const key = String(level) as keyof RubricCriterion['anchors'];
                return (
                  <TextArea
                    key={level}
                    path={`${base}.anchors.${level}`}
                    label={`Level ${level}`}
                    error={errors[`${base}.anchors.${level}`]}
                    value={criterion.anchors[key]}
                    rows={2}
                    onChange={(text) =>
                      setCriterion(index, { ...criterion, anchors: { ...criterion.anchors, [key]: text } })
                    }
                  />
                );
              })}
              <button
                type="button"
                className="usa-button usa-button--unstyled margin-top-1"
                onClick={() => setRubric((r) => ({ ...r, criteria: r.criteria.filter((_, i) => i !== index) }))}
              >
                Remove criterion {index + 1}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="usa-button usa-button--outline margin-top-2"
          onClick={() => setRubric((r) => ({ ...r, criteria: [...r.criteria, emptyCriterion(r.criteria.length)] }))}
        >
          Add a criterion
        </button>
        <TextArea
          path="reason-rubric"
          label="Reason for the change"
          hint="Required. Recorded with the new version and in the audit trail."
          error={errors['reason-rubric']}
          value={reason}
          onChange={setReason}
          required
        />
        <button type="submit" className="usa-button" disabled={saving}>
          {saving ? 'Saving…' : 'Save the review rubric'}
        </button>
      </form>
    </section>
  );
};
