import { type FormEvent, useId, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Hit, HitDecision } from '../../api/types.ts';
import { HIT_STATUS_LABELS } from './hit-format.ts';

/** What came of one bulk decision: every hit decided, or nothing decided and why, per hit where the API says. */
export type BulkOutcome =
  | { ok: true; decided: { hit: Hit; status: HitDecision }[]; reason: string }
  | { ok: false; message: string; refused: { hit: Hit | null; id: string; message: string }[] };

type Errors = { selection?: string; decision?: string; reason?: string };

const DECISIONS: { value: HitDecision; label: string; hint: string }[] = [
  { value: 'false_positive', label: HIT_STATUS_LABELS.false_positive, hint: 'the party is not the listed entity' },
  { value: 'true_match', label: HIT_STATUS_LABELS.true_match, hint: 'the party is the listed entity' },
];

/** `hitIds[3]` → 3 */
const indexOf = (path: string): number | null => {
  const match = /^hitIds\[(\d+)\]$/.exec(path);
  return match ? Number(match[1]) : null;
};

/**
 * One decision and one written reason for the selected open hits, sent together to
 * POST /api/v1/screening/hits/adjudicate (all or none). A refusal names each hit it concerns and keeps the
 * reason typed; a success empties the form.
 */
export const BulkDecisionForm = ({
  selected,
  onOutcome,
}: {
  selected: readonly Hit[];
  onOutcome: (outcome: BulkOutcome) => void;
}) => {
  const ids = {
    reason: useId(),
    reasonError: useId(),
    decisionError: useId(),
    selectionError: useId(),
    count: useId(),
  };
  const [decision, setDecision] = useState<HitDecision | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const decisionRef = useRef<HTMLInputElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);

  const focusFirst = (found: Errors) => {
    if (found.selection) submitRef.current?.focus();
    else if (found.decision) decisionRef.current?.focus();
    else if (found.reason) reasonRef.current?.focus();
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Errors = {};
    if (selected.length === 0) found.selection = 'Select at least one open hit in the table.';
    if (!decision) found.decision = 'Choose a decision.';
    if (reason.trim() === '') found.reason = 'Give the reason for the decision; it is kept with every hit.';
    setErrors(found);
    if (Object.keys(found).length > 0 || !decision) {
      focusFirst(found);
      return;
    }
    setBusy(true);
    const hits = [...selected];
    try {
      const answer = await api.adjudicateMany(
        hits.map((h) => h.id),
        decision,
        reason,
      );
      onOutcome({
        ok: true,
        reason: reason.trim(),
        decided: answer.hits.flatMap((decided) => {
          const hit = hits.find((h) => h.id === decided.id);
          return hit && decided.status !== 'open' ? [{ hit, status: decided.status }] : [];
        }),
      });
      setReason('');
      setDecision(null);
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : null;
      const fieldErrors: Errors = {};
      const refused: { hit: Hit | null; id: string; message: string }[] = [];
      for (const detail of apiError?.details ?? []) {
        const index = indexOf(detail.path);
        if (index !== null) {
          const hit = hits[index] ?? null;
          refused.push({ hit, id: hit?.id ?? detail.path, message: detail.message });
        } else if (detail.path === 'reason') fieldErrors.reason = detail.message;
        else if (detail.path === 'decision') fieldErrors.decision = detail.message;
        else if (detail.path === 'hitIds') fieldErrors.selection = detail.message;
      }
      setErrors(fieldErrors);
      onOutcome({
        ok: false,
        message: caught instanceof Error ? caught.message : String(caught),
        refused,
      });
    } finally {
      setBusy(false);
    }
  };

  const count = selected.length;
  return (
    <form
      className="usa-form usa-form--large aiex-panel margin-top-3"
      aria-labelledby={`${ids.count}-heading`}
      onSubmit={(event) => void onSubmit(event)}
      noValidate
    >
      <h2 id={`${ids.count}-heading`} className="margin-top-0">
        Decide the selected hits
      </h2>
      <p id={ids.count} aria-live="polite" className="margin-y-1">
        <strong>{count === 0 ? 'No hit selected' : count === 1 ? '1 hit selected' : `${count} hits selected`}</strong>.
        One decision and one reason apply to every selected hit; if any of them cannot be decided, none is.
      </p>
      {errors.selection && (
        <span className="usa-error-message" id={ids.selectionError}>
          {errors.selection}
        </span>
      )}
      <fieldset
        className={`usa-fieldset${errors.decision ? ' usa-form-group usa-form-group--error' : ''}`}
        aria-describedby={errors.decision ? ids.decisionError : undefined}
      >
        <legend className="usa-legend">Decision</legend>
        {errors.decision && (
          <span className="usa-error-message" id={ids.decisionError}>
            {errors.decision}
          </span>
        )}
        {DECISIONS.map((d, index) => (
          <div className="usa-radio" key={d.value}>
            <input
              ref={index === 0 ? decisionRef : undefined}
              className="usa-radio__input"
              id={`${ids.count}-${d.value}`}
              type="radio"
              name={`${ids.count}-decision`}
              value={d.value}
              checked={decision === d.value}
              onChange={() => setDecision(d.value)}
            />
            <label className="usa-radio__label" htmlFor={`${ids.count}-${d.value}`}>
              {d.label}
              <span className="usa-radio__label-description">{d.hint}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <div className={`usa-form-group${errors.reason ? ' usa-form-group--error' : ''}`}>
        <label className={`usa-label${errors.reason ? ' usa-label--error' : ''}`} htmlFor={ids.reason}>
          Reason
        </label>
        {errors.reason && (
          <span className="usa-error-message" id={ids.reasonError}>
            {errors.reason}
          </span>
        )}
        <textarea
          ref={reasonRef}
          className={`usa-textarea${errors.reason ? ' usa-input--error' : ''}`}
          id={ids.reason}
          rows={4}
          value={reason}
          maxLength={4000}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? ids.reasonError : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <button
        ref={submitRef}
        type="submit"
        className="usa-button margin-top-2"
        disabled={busy}
        aria-describedby={errors.selection ? `${ids.count} ${ids.selectionError}` : ids.count}
      >
        {busy ? 'Recording…' : count > 1 ? `Record the decision for ${count} hits` : 'Record the decision'}
      </button>
    </form>
  );
};
