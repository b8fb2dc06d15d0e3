import { useId, useState } from 'react';
import { RECOMMENDATIONS, type Recommendation } from '../../../core/review/reviews.ts';
import { RUBRIC_LEVELS, type Rubric } from '../../../core/review/rubric.ts';
import { ApiError } from '../../api/client.ts';
import { reviewsApi } from '../../api/reviews-client.ts';
import type { ReviewItem } from '../../api/types.ts';
import { ActionDialog } from '../../components/action-dialog.tsx';
import { ErrorSummary, fieldId, TextArea } from '../../components/fields.tsx';
import { type ReviewDraft, type SaveState, savedAtText, useAutosave } from './use-autosave.ts';

export const RECOMMENDATION_WORDS: Record<Recommendation, string> = {
  designate: 'Designate',
  decline: 'Decline',
  return: 'Return for revision',
};

const SaveStatus = ({ state, onRetry, onReload }: { state: SaveState; onRetry: () => void; onReload: () => void }) => (
  <div className="aiex-save-status margin-y-2" aria-live="polite" data-testid="save-status">
    {state.kind === 'idle' && <span className="text-base-dark">Changes are saved as you go.</span>}
    {state.kind === 'saving' && <span>Saving…</span>}
    {state.kind === 'saved' && <span className="text-green">Saved at {savedAtText(state.at)}</span>}
    {state.kind === 'error' && (
      <span className="text-secondary-dark" role="alert">
        Not saved: {state.message}{' '}
        {state.stale ? (
          <button type="button" className="usa-button usa-button--unstyled" onClick={onReload}>
            Reload the saved review
          </button>
        ) : (
          <button type="button" className="usa-button usa-button--unstyled" onClick={onRetry}>
            Try again
          </button>
        )}
      </span>
    )}
  </div>
);

const labelFor = (rubric: Rubric) => (path: string) => {
  if (path === 'recommendation') return 'Recommendation';
  if (path === 'summary') return 'Summary';
  const key = path.replace(/^scores\./, '');
  return rubric.criteria.find((c) => c.key === key)?.title ?? path;
};

/**
 * The reviewer's draft: a radio group per criterion with the anchor text of every level, the summary and the
 * recommendation; each change is autosaved, and the review is submitted after a confirmation.
 */
export const ReviewForm = ({
  proposalId,
  rubric,
  review,
  onSubmitted,
  onReload,
}: {
  proposalId: string;
  rubric: Rubric;
  review: ReviewItem;
  onSubmitted: (review: ReviewItem) => void;
  onReload: () => void;
}) => {
  const [draft, setDraft] = useState<ReviewDraft>({
    scores: review.scores,
    recommendation: review.recommendation,
    summary: review.summary,
  });
  const autosave = useAutosave(proposalId, review.updatedAt);
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [attempt, setAttempt] = useState(0);
  const recommendationId = useId();

  const update = (next: ReviewDraft) => {
    setDraft(next);
    autosave.change(next);
  };
  const fieldErrors = { ...(autosave.state.kind === 'error' ? autosave.state.fields : {}), ...errors };
  const scored = rubric.criteria.filter((c) => draft.scores[c.key] !== undefined).length;

  return (
    <>
      <form
        className="usa-form usa-form--large aiex-review-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setConfirming(true);
        }}
      >
        <ErrorSummary errors={errors} labelFor={labelFor(rubric)} focusKey={attempt} />
        <p className="margin-top-0">
          Score each criterion from 1 to 5; the text beside each level says what it means. Rubric version{' '}
          {rubric.version}. {scored} of {rubric.criteria.length} criteria scored.
        </p>
        {rubric.criteria.map((criterion) => {
          const path = `scores.${criterion.key}`;
          const error = fieldErrors[path];
          return (
            <fieldset
              key={criterion.key}
              className={`usa-fieldset margin-top-3${error ? ' usa-form-group--error' : ''}`}
              aria-describedby={error ? `${fieldId(path)}-error` : undefined}
            >
              <legend className="usa-legend usa-legend--large">
                {criterion.title} <span className="text-base text-normal">(weight {criterion.weight})</span>
              </legend>
              {error && (
                <span className="usa-error-message" id={`${fieldId(path)}-error`}>
                  {error}
                </span>
              )}
              {RUBRIC_LEVELS.map((level) => {
                const id = level === 1 ? fieldId(path) : `${fieldId(path)}-${level}`;
                return (
                  <div className="usa-radio" key={level}>
                    <input
                      className="usa-radio__input usa-radio__input--tile"
                      id={id}
                      type="radio"
                      name={path}
                      value={level}
                      checked={draft.scores[criterion.key] === level}
                      onChange={() => update({ ...draft, scores: { ...draft.scores, [criterion.key]: level } })}
                    />
                    <label className="usa-radio__label" htmlFor={id}>
                      {level}
                      <span className="usa-checkbox__label-description">{criterion.anchors[String(level) as '1']}</span>
                    </label>
                  </div>
                );
              })}
            </fieldset>
          );
        })}
        <TextArea
          path="summary"
          label="Summary"
          hint="Strengths, weaknesses and what would change your scores (at least 20 characters to submit)."
          error={fieldErrors.summary}
          value={draft.summary}
          rows={6}
          onChange={(summary) => update({ ...draft, summary })}
        />
        <fieldset
          className={`usa-fieldset margin-top-3${fieldErrors.recommendation ? ' usa-form-group--error' : ''}`}
          aria-describedby={fieldErrors.recommendation ? recommendationId : undefined}
        >
          <legend className="usa-legend usa-legend--large">Recommendation</legend>
          {fieldErrors.recommendation && (
            <span className="usa-error-message" id={recommendationId}>
              {fieldErrors.recommendation}
            </span>
          )}
          {RECOMMENDATIONS.map((value, index) => {
            const id = index === 0 ? fieldId('recommendation') : `${fieldId('recommendation')}-${value}`;
            return (
              <div className="usa-radio" key={value}>
                <input
                  className="usa-radio__input"
                  id={id}
                  type="radio"
                  name="recommendation"
                  value={value}
                  checked={draft.recommendation === value}
                  onChange={() => update({ ...draft, recommendation: value })}
                />
                <label className="usa-radio__label" htmlFor={id}>
                  {RECOMMENDATION_WORDS[value]}
                </label>
              </div>
            );
          })}
        </fieldset>
        <SaveStatus state={autosave.state} onRetry={() => void autosave.retry()} onReload={onReload} />
        <button type="submit" className="usa-button">
          Submit review
        </button>
      </form>
      <ActionDialog
        open={confirming}
        title="Submit your review?"
        confirmLabel="Submit review"
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          const baseUpdatedAt = await autosave.flush();
          autosave.cancel();
          try {
            const { review: submitted } = await reviewsApi.submit(proposalId, { ...draft, baseUpdatedAt });
            autosave.accept(submitted);
            setErrors({});
            onSubmitted(submitted);
          } catch (caught) {
            if (caught instanceof ApiError && caught.details.length > 0) {
              setErrors(caught.fieldErrors());
              setAttempt((n) => n + 1);
              setConfirming(false);
              return;
            }
            throw caught;
          }
        }}
      >
        <p>
          A submitted review no longer changes. You will then see the other reviewers’ submitted reviews and can take
          part in the discussion.
        </p>
      </ActionDialog>
    </>
  );
};
