import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Alert } from './alert.tsx';

/**
 * A modal dialog (native <dialog>: focus is trapped, Escape closes) confirming an action,
 * optionally asking for a reason.
 */
export const ActionDialog = ({
  open,
  title,
  children,
  confirmLabel,
  reason,
  danger,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** 'required' asks for a reason and refuses an empty one */
  reason?: 'required' | 'optional';
  danger?: boolean;
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
}) => {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const reasonId = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setText('');
      setError(null);
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const confirm = async () => {
    if (reason === 'required' && text.trim() === '') {
      setError('Give a reason: it is recorded in the audit trail and shown to the applicant.');
      document.getElementById(reasonId)?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onConfirm(text.trim());
      onClose();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="aiex-dialog" aria-labelledby={titleId} onClose={onClose}>
      <form
        method="dialog"
        noValidate
        className="usa-form maxw-none"
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <h2 id={titleId} className="margin-top-0">
          {title}
        </h2>
        {children}
        {reason && (
          <div className={`usa-form-group${error && reason === 'required' ? ' usa-form-group--error' : ''}`}>
            <label className="usa-label" htmlFor={reasonId}>
              Reason{reason === 'optional' && <span className="text-base"> (optional)</span>}
            </label>
            <textarea
              id={reasonId}
              className="usa-textarea"
              rows={4}
              value={text}
              required={reason === 'required'}
              onChange={(event) => setText(event.target.value)}
            />
          </div>
        )}
        {error && (
          <Alert type="error" slim>
            {error}
          </Alert>
        )}
        <div className="usa-button-group margin-top-3">
          <button type="submit" className={`usa-button${danger ? ' usa-button--secondary' : ''}`} disabled={busy}>
            {busy ? 'Working…' : confirmLabel}
          </button>
          <button type="button" className="usa-button usa-button--unstyled padding-x-2" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
};
