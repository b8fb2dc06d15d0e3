import { type ReactNode, useEffect, useId, useState } from 'react';

/**
 * For buttons used right after typing in a field: keeps the field focused on mousedown, so its blur
 * (which may show a validation message and shift the layout) does not move the button away before the click lands.
 */
export const keepFocusOnMouseDown = (event: { preventDefault: () => void }) => event.preventDefault();

/** Turns a dotted content path into a DOM id, so error summaries can link to the field. */
export const fieldId = (path: string): string => `field-${path.replaceAll('.', '-')}`;

type BciProps = { checked: boolean; onToggle: (checked: boolean) => void; context: string };

type BaseProps = {
  path: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  bci?: BciProps;
  onBlur?: (path: string) => void;
  className?: string;
};

const BciCheckbox = ({ path, bci }: { path: string; bci: BciProps }) => {
  const id = `${fieldId(path)}-bci`;
  return (
    <div className="usa-checkbox aiex-bci">
      <input
        className="usa-checkbox__input"
        id={id}
        type="checkbox"
        checked={bci.checked}
        onChange={(event) => bci.onToggle(event.target.checked)}
      />
      <label className="usa-checkbox__label" htmlFor={id}>
        Business confidential<span className="usa-sr-only">: {bci.context}</span>
      </label>
    </div>
  );
};

const FieldShell = (props: BaseProps & { children: (aria: Record<string, unknown>) => ReactNode }) => {
  const id = fieldId(props.path);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [props.hint ? hintId : null, props.error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`usa-form-group${props.error ? ' usa-form-group--error' : ''} ${props.className ?? ''}`}>
      <label className={`usa-label${props.error ? ' usa-label--error' : ''}`} htmlFor={id}>
        {props.label}
        {props.required === false && <span className="text-base text-normal"> (optional)</span>}
      </label>
      {props.hint && (
        <div className="usa-hint" id={hintId}>
          {props.hint}
        </div>
      )}
      {props.error && (
        <span className="usa-error-message" id={errorId}>
          {props.error}
        </span>
      )}
      {props.children({
        id,
        name: props.path,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': props.error ? true : undefined,
        onBlur: () => props.onBlur?.(props.path),
      })}
      {props.bci && <BciCheckbox path={props.path} bci={props.bci} />}
    </div>
  );
};

export const TextField = (
  props: BaseProps & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'email' | 'password';
    autoComplete?: string;
    maxLength?: number;
    uppercase?: boolean;
    width?: 'xs' | 'sm' | 'md' | 'lg' | 'xl';
  },
) => (
  <FieldShell {...props}>
    {(aria) => (
      <input
        {...aria}
        className={`usa-input${props.error ? ' usa-input--error' : ''}${props.width ? ` usa-input--${props.width}` : ''}`}
        type={props.type ?? 'text'}
        value={props.value}
        autoComplete={props.autoComplete}
        maxLength={props.maxLength}
        required={props.required}
        onChange={(event) => props.onChange(props.uppercase ? event.target.value.toUpperCase() : event.target.value)}
      />
    )}
  </FieldShell>
);

export const TextArea = (props: BaseProps & { value: string; onChange: (value: string) => void; rows?: number }) => (
  <FieldShell {...props}>
    {(aria) => (
      <textarea
        {...aria}
        className={`usa-textarea${props.error ? ' usa-input--error' : ''} aiex-textarea`}
        rows={props.rows ?? 3}
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
      />
    )}
  </FieldShell>
);

/** The empty first choice of every select. */
export const SELECT_PLACEHOLDER = '— Select —';

export const SelectField = (
  props: BaseProps & {
    value: string;
    onChange: (value: string) => void;
    options: readonly { value: string; label: string }[];
    /** the empty first choice; every select starts on it (no prefilled choice) */
    placeholder?: string;
  },
) => (
  <FieldShell {...props}>
    {(aria) => (
      <select
        {...aria}
        className={`usa-select${props.error ? ' usa-input--error' : ''}`}
        value={props.value}
        required={props.required}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="">{props.placeholder ?? SELECT_PLACEHOLDER}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    )}
  </FieldShell>
);

const parseNumber = (text: string): number | undefined => {
  const trimmed = text.trim().replaceAll(',', '');
  return trimmed === '' ? undefined : Number(trimmed);
};
const sameNumber = (a: number | undefined, b: number | undefined) =>
  a === b || (a !== undefined && b !== undefined && Number.isNaN(a) && Number.isNaN(b));

/** A number typed as text (so 1e24 and 1,000 work); empty is undefined, unparsable is NaN (reported by the schema). */
export const NumberField = (
  props: BaseProps & { value: number | undefined; onChange: (value: number | undefined) => void; width?: 'sm' | 'md' },
) => {
  const [text, setText] = useState(props.value === undefined ? '' : String(props.value));
  // biome-ignore lint/correctness/useExhaustiveDependencies: resync only when the value changes from outside
  useEffect(() => {
    if (!sameNumber(parseNumber(text), props.value)) setText(props.value === undefined ? '' : String(props.value));
  }, [props.value]);
  return (
    <FieldShell {...props}>
      {(aria) => (
        <input
          {...aria}
          className={`usa-input${props.error ? ' usa-input--error' : ''}${props.width ? ` usa-input--${props.width}` : ''}`}
          type="text"
          inputMode="decimal"
          value={text}
          required={props.required}
          onChange={(event) => {
            setText(event.target.value);
            props.onChange(parseNumber(event.target.value));
          }}
        />
      )}
    </FieldShell>
  );
};

/** A list of field errors at the top of a form, focused when it appears, each linking to its field. */
export const ErrorSummary = ({
  errors,
  labelFor,
  focusKey,
  onSelect,
}: {
  errors: Record<string, string>;
  labelFor?: (path: string) => string;
  focusKey?: number;
  /** called instead of following the link, e.g. to open the step that holds the field */
  onSelect?: (path: string) => void;
}) => {
  const headingId = useId();
  const [node, setNode] = useState<HTMLDivElement | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: refocus on every new attempt
  useEffect(() => {
    node?.focus();
  }, [node, focusKey]);
  const entries = Object.entries(errors);
  if (entries.length === 0) return null;
  return (
    <div
      ref={setNode}
      tabIndex={-1}
      className="usa-alert usa-alert--error margin-y-2"
      role="alert"
      aria-labelledby={headingId}
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id={headingId}>
          {entries.length === 1 ? 'One field needs attention' : `${entries.length} fields need attention`}
        </h2>
        <ul className="usa-list margin-bottom-0">
          {entries.slice(0, 12).map(([path, message]) => (
            <li key={path}>
              <a
                href={`#${fieldId(path)}`}
                onClick={(event) => {
                  if (!onSelect) return;
                  event.preventDefault();
                  onSelect(path);
                }}
              >
                {labelFor ? labelFor(path) : path || 'Form'}
              </a>
              : {message}
            </li>
          ))}
          {entries.length > 12 && <li>and {entries.length - 12} more</li>}
        </ul>
      </div>
    </div>
  );
};
