import { keepFocusOnMouseDown } from '../../../components/fields.tsx';

/** The bar under the form: previous and next step, the saved state, and the save button. */
export const EditorActions = ({
  onPrevious,
  onNext,
  dirty,
  busy,
}: {
  /** Undefined on the first step. */
  onPrevious: (() => void) | undefined;
  /** Undefined on the last step. */
  onNext: (() => void) | undefined;
  dirty: boolean;
  busy: boolean;
}) => (
  <div className="aiex-editor-actions">
    <button
      type="button"
      className="usa-button usa-button--outline"
      onMouseDown={keepFocusOnMouseDown}
      disabled={onPrevious === undefined}
      onClick={onPrevious}
    >
      Previous
    </button>
    <button
      type="button"
      className="usa-button usa-button--outline"
      onMouseDown={keepFocusOnMouseDown}
      disabled={onNext === undefined}
      onClick={onNext}
    >
      Next
    </button>
    <span className="aiex-spacer" />
    <span className="text-base margin-right-2" aria-live="polite">
      {dirty ? 'Unsaved changes' : 'All changes saved'}
    </span>
    <button type="submit" className="usa-button" disabled={busy} onMouseDown={keepFocusOnMouseDown}>
      {busy ? 'Saving…' : 'Save draft'}
    </button>
  </div>
);
