import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, api } from '../../api/client.ts';
import type { Proposal, ProposalContent } from '../../api/types.ts';
import { ActionDialog } from '../../components/action-dialog.tsx';
import { Alert } from '../../components/alert.tsx';
import { ErrorSummary, fieldId, keepFocusOnMouseDown, TextArea, TextField } from '../../components/fields.tsx';
import {
  emptyFinancing,
  emptyLayerItem,
  emptyParty,
  FINANCING_FIELDS,
  LAYER_FIELDS,
  LAYER_ITEM_NOUN,
  LAYER_KEYS,
  LAYER_TITLES,
  type LayerKey,
  labelForPath,
  normalizeContent,
  OPERATING_ROLES,
  PARTY_FIELDS,
  reindexPaths,
  setIn,
  stepOfPath,
  validateContent,
} from './content-model.ts';
import { type EditorBindings, FieldFor } from './field-for.tsx';
import { ListEditor } from './list-editor.tsx';

type Step = { key: string; label: string };
const STEPS: Step[] = [
  { key: 'overview', label: 'Overview' },
  ...LAYER_KEYS.map((key) => ({ key, label: LAYER_TITLES[key].replace(/^\d\.\s*/, '') })),
  { key: 'operatingModel', label: 'Operating model' },
  { key: 'financing', label: 'Financing requested' },
  { key: 'review', label: 'Review and submit' },
];

const parseTargets = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter(Boolean);

/** The applicant's editor of a draft (or a returned proposal), step by step, with inline validation. */
export const ProposalEditor = ({
  proposal,
  onChanged,
}: {
  proposal: Proposal;
  onChanged: (proposal: Proposal) => void;
}) => {
  const [content, setContent] = useState<ProposalContent>(proposal.draft);
  const [targetsText, setTargetsText] = useState(proposal.draft.targets.join(', '));
  const [dirty, setDirty] = useState(false);
  const [touched, setTouched] = useState<string[]>([]);
  const [showAll, setShowAll] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ type: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState('overview');
  const [confirmSubmit, setConfirmSubmit] = useState(false);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const previousStep = useRef(step);

  // moving to another step moves focus to its heading (the focused field may have gone)
  useEffect(() => {
    if (previousStep.current === step) return;
    previousStep.current = step;
    stepHeading.current?.focus();
  }, [step]);

  useEffect(() => {
    if (!dirty) {
      setContent(proposal.draft);
      setTargetsText(proposal.draft.targets.join(', '));
    }
  }, [proposal, dirty]);

  const clientErrors = useMemo(() => validateContent(content), [content]);
  const allErrors = useMemo(() => ({ ...serverErrors, ...clientErrors }), [serverErrors, clientErrors]);
  const visibleErrors = useMemo(() => {
    if (showAll) return allErrors;
    const shown: Record<string, string> = {};
    for (const [path, text] of Object.entries(allErrors))
      if (touched.some((t) => path === t || path.startsWith(`${t}.`)) || path in serverErrors) shown[path] = text;
    return shown;
  }, [allErrors, showAll, touched, serverErrors]);

  const bciSet = useMemo(() => new Set(content.bci), [content.bci]);

  const change = (path: string, value: unknown) => {
    setContent((current) => setIn(current, path, value));
    setDirty(true);
    setMessage(null);
    if (path in serverErrors) {
      const { [path]: _removed, ...rest } = serverErrors;
      setServerErrors(rest);
    }
  };

  const bind: EditorBindings = {
    errors: visibleErrors,
    bci: bciSet,
    onChange: change,
    onBlur: (path) => setTouched((current) => (current.includes(path) ? current : [...current, path])),
    onToggleBci: (path, checked) => {
      setContent((current) => ({
        ...current,
        bci: checked ? [...new Set([...current.bci, path])] : current.bci.filter((p) => p !== path),
      }));
      setDirty(true);
    },
  };

  const addItem = (listPath: string, item: Record<string, unknown>) => {
    setContent((current) => {
      const list = (listPath
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], current) ?? []) as unknown[];
      return setIn(current, listPath, [...list, item]);
    });
    setDirty(true);
  };
  const removeItem = (listPath: string, index: number) => {
    setContent((current) => {
      const list = (listPath
        .split('.')
        .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], current) ?? []) as unknown[];
      const next = setIn(
        current,
        listPath,
        list.filter((_, i) => i !== index),
      );
      return { ...next, bci: reindexPaths(current.bci, listPath, index) };
    });
    setTouched((current) => reindexPaths(current, listPath, index));
    setServerErrors({});
    setDirty(true);
  };

  const goToField = (path: string) => {
    setStep(stepOfPath(path));
    setTimeout(() => document.getElementById(fieldId(path))?.focus(), 0);
  };

  const save = async (): Promise<Proposal | null> => {
    setMessage(null);
    if (Object.keys(clientErrors).length > 0) {
      setShowAll(true);
      setAttempt((n) => n + 1);
      return null;
    }
    setBusy(true);
    try {
      const { proposal: saved } = await api.saveDraft(proposal.id, normalizeContent(content));
      setDirty(false);
      setServerErrors({});
      setTouched([]);
      setShowAll(false);
      onChanged(saved);
      setMessage({ type: 'success', text: 'Draft saved.' });
      return saved;
    } catch (error) {
      if (error instanceof ApiError && error.details.length > 0) {
        // the server names paths from the request body ({ content }), the editor from the content
        setServerErrors(
          Object.fromEntries(
            Object.entries(error.fieldErrors()).map(([path, text]) => [path.replace(/^content\./, ''), text]),
          ),
        );
        setShowAll(true);
        setAttempt((n) => n + 1);
      }
      setMessage({ type: 'error', text: error instanceof Error ? error.message : String(error) });
      return null;
    } finally {
      setBusy(false);
    }
  };

  const submit = async () => {
    if (dirty) {
      const saved = await save();
      if (!saved) throw new Error('Fix the fields listed above, then submit again.');
      if (!saved.canSubmit) throw new Error('This proposal cannot be submitted by your account.');
    }
    const { proposal: submitted } = await api.submit(proposal.id);
    setMessage(null);
    onChanged(submitted);
  };

  const stepIndex = STEPS.findIndex((s) => s.key === step);
  const errorCountOf = (key: string) => Object.keys(allErrors).filter((path) => stepOfPath(path) === key).length;
  const completeness = [
    { ok: content.targets.length > 0, text: 'At least one target country or bloc' },
    ...LAYER_KEYS.map((key) => ({
      ok: content.layers[key].length > 0,
      text: `${LAYER_TITLES[key]}: at least one item (${content.layers[key].length})`,
    })),
  ];

  return (
    <div className="grid-row grid-gap-lg">
      <nav className="tablet:grid-col-3" aria-label="Proposal sections">
        <ul className="usa-sidenav">
          {STEPS.map((s, index) => {
            const count = s.key === 'review' ? 0 : errorCountOf(s.key);
            return (
              <li key={s.key} className="usa-sidenav__item">
                <button
                  type="button"
                  className={`aiex-sidenav-button${s.key === step ? ' usa-current' : ''}`}
                  aria-current={s.key === step ? 'step' : undefined}
                  onMouseDown={keepFocusOnMouseDown}
                  onClick={() => setStep(s.key)}
                >
                  <span className="aiex-step-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  {s.label}
                  {count > 0 && (showAll || touched.length > 0) && (
                    <span className="usa-tag bg-secondary-dark margin-left-1">
                      {count}
                      <span className="usa-sr-only"> errors</span>
                    </span>
                  )}
                </button>
              </li>
            );
          })}
        </ul>
      </nav>
      <form
        className="tablet:grid-col-9 usa-form maxw-none"
        noValidate
        aria-labelledby="editor-step-heading"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="usa-step-indicator usa-step-indicator--no-labels margin-bottom-2">
          <ol className="usa-step-indicator__segments">
            {STEPS.map((s, index) => (
              <li
                key={s.key}
                className={`usa-step-indicator__segment${
                  index < stepIndex
                    ? ' usa-step-indicator__segment--complete'
                    : index === stepIndex
                      ? ' usa-step-indicator__segment--current'
                      : ''
                }`}
                aria-current={index === stepIndex ? 'step' : undefined}
              >
                <span className="usa-step-indicator__segment-label">
                  {s.label}
                  {index < stepIndex && <span className="usa-sr-only">completed</span>}
                </span>
              </li>
            ))}
          </ol>
          <div className="usa-step-indicator__header">
            <h2 className="usa-step-indicator__heading" id="editor-step-heading" ref={stepHeading} tabIndex={-1}>
              <span className="usa-step-indicator__heading-counter">
                <span className="usa-sr-only">Step</span>
                <span className="usa-step-indicator__current-step">{stepIndex + 1}</span>{' '}
                <span className="usa-step-indicator__total-steps">of {STEPS.length}</span>
              </span>
              <span className="usa-step-indicator__heading-text">{STEPS[stepIndex]?.label}</span>
            </h2>
          </div>
        </div>

        <ErrorSummary
          errors={showAll ? allErrors : {}}
          labelFor={labelForPath}
          focusKey={attempt}
          onSelect={goToField}
        />
        {message && (
          <Alert type={message.type} slim>
            {message.text}
          </Alert>
        )}

        {step === 'overview' && (
          <div>
            <TextField
              path="title"
              label="Title"
              required
              value={content.title}
              error={visibleErrors.title}
              onBlur={bind.onBlur}
              onChange={(value) => change('title', value)}
            />
            <TextArea
              path="summary"
              label="Summary"
              hint="What the package delivers, to whom, and why it matters."
              rows={5}
              required={false}
              value={content.summary}
              error={visibleErrors.summary}
              onBlur={bind.onBlur}
              onChange={(value) => change('summary', value)}
              bci={{
                checked: bciSet.has('summary'),
                onToggle: (checked) => bind.onToggleBci('summary', checked),
                context: 'Summary',
              }}
            />
            <TextField
              path="targets"
              label="Target countries or regional blocs"
              hint="ISO 3166-1 alpha-2 codes or bloc codes, separated by commas, e.g. AE, SA, GCC"
              value={targetsText}
              error={
                visibleErrors.targets ??
                Object.entries(visibleErrors)
                  .filter(([path]) => path.startsWith('targets.'))
                  .map(([path, text]) => `${content.targets[Number(path.split('.')[1])] ?? ''}: ${text}`)
                  .join('; ')
              }
              onBlur={() => {
                bind.onBlur('targets');
                setTargetsText(parseTargets(targetsText).join(', '));
              }}
              onChange={(value) => {
                setTargetsText(value);
                change('targets', parseTargets(value));
              }}
            />
            {content.targets.length > 0 && (
              <p className="margin-top-1">
                {content.targets.map((code) => (
                  <span key={code} className="usa-tag bg-primary-lighter text-ink margin-right-1">
                    {code}
                  </span>
                ))}
              </p>
            )}
          </div>
        )}

        {LAYER_KEYS.includes(step as LayerKey) && (
          <ListEditor
            listPath={`layers.${step}`}
            content={content}
            fields={LAYER_FIELDS[step as LayerKey]}
            noun={LAYER_ITEM_NOUN[step as LayerKey]}
            bind={bind}
            onAdd={() => addItem(`layers.${step}`, emptyLayerItem(step as LayerKey))}
            onRemove={(index) => removeItem(`layers.${step}`, index)}
          />
        )}

        {step === 'operatingModel' && (
          <div>
            <p className="usa-intro margin-top-0">Who builds, owns and operates the data centers and infrastructure.</p>
            {OPERATING_ROLES.map((role) => (
              <fieldset key={role.key} className="usa-fieldset aiex-item">
                <legend className="usa-legend usa-legend--large aiex-item__legend">
                  {role.label} <span className="text-base text-normal font-body-xs">({role.hint}; optional)</span>
                </legend>
                <div className="aiex-item__grid">
                  {PARTY_FIELDS.map((field) => {
                    const path = `operatingModel.${role.key}.${field.key}`;
                    const party = content.operatingModel[role.key] as Record<string, unknown> | undefined;
                    return (
                      <FieldFor
                        key={field.key}
                        field={{ ...field, optional: true }}
                        path={path}
                        value={party?.[field.key]}
                        context={role.label}
                        bind={bind}
                      />
                    );
                  })}
                </div>
              </fieldset>
            ))}
            <TextArea
              path="operatingModel.description"
              label="Business and operating model"
              rows={4}
              required={false}
              value={content.operatingModel.description}
              onBlur={bind.onBlur}
              onChange={(value) => change('operatingModel.description', value)}
              bci={{
                checked: bciSet.has('operatingModel.description'),
                onToggle: (checked) => bind.onToggleBci('operatingModel.description', checked),
                context: 'Operating model description',
              }}
            />
            <h3>Named end users</h3>
            <ListEditor
              listPath="endUsers"
              content={content}
              fields={PARTY_FIELDS}
              noun="end user"
              bind={bind}
              onAdd={() => addItem('endUsers', emptyParty())}
              onRemove={(index) => removeItem('endUsers', index)}
            />
          </div>
        )}

        {step === 'financing' && (
          <div>
            <p className="usa-intro margin-top-0">
              Federal support requested through EDAG. Financing requests are never shown in the public catalog.
            </p>
            <ListEditor
              listPath="financing"
              content={content}
              fields={FINANCING_FIELDS}
              noun="financing request"
              bind={bind}
              onAdd={() => addItem('financing', emptyFinancing())}
              onRemove={(index) => removeItem('financing', index)}
            />
          </div>
        )}

        {step === 'review' && (
          <div>
            <h3 className="margin-top-0">Completeness</h3>
            <ul className="usa-icon-list">
              {completeness.map((check) => (
                <li key={check.text} className="usa-icon-list__item">
                  <div
                    className={`usa-icon-list__icon ${check.ok ? 'text-green' : 'text-secondary-dark'}`}
                    aria-hidden="true"
                  >
                    {check.ok ? '✔' : '✖'}
                  </div>
                  <div className="usa-icon-list__content">
                    <span className="usa-sr-only">{check.ok ? 'Done: ' : 'Missing: '}</span>
                    {check.text}
                  </div>
                </li>
              ))}
            </ul>
            <p>
              {content.bci.length} field{content.bci.length === 1 ? '' : 's'} marked business confidential. They are
              shown only to your consortium and to government reviewers, never in the public catalog.
            </p>
            {proposal.canSubmit ? (
              <button type="button" className="usa-button usa-button--big" onClick={() => setConfirmSubmit(true)}>
                Submit proposal
              </button>
            ) : (
              <Alert type="info" slim>
                Only an applicant of the anchor member can submit this proposal.
              </Alert>
            )}
          </div>
        )}

        <div className="aiex-editor-actions">
          <button
            type="button"
            className="usa-button usa-button--outline"
            onMouseDown={keepFocusOnMouseDown}
            disabled={stepIndex === 0}
            onClick={() => setStep(STEPS[stepIndex - 1]?.key ?? step)}
          >
            Previous
          </button>
          <button
            type="button"
            className="usa-button usa-button--outline"
            onMouseDown={keepFocusOnMouseDown}
            disabled={stepIndex === STEPS.length - 1}
            onClick={() => setStep(STEPS[stepIndex + 1]?.key ?? step)}
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
      </form>
      <ActionDialog
        open={confirmSubmit}
        title="Submit this proposal?"
        confirmLabel="Submit"
        onConfirm={submit}
        onClose={() => setConfirmSubmit(false)}
      >
        <p>
          Submitting freezes version {(proposal.currentVersion ?? 0) + 1}. It can no longer be edited unless the program
          returns it for revision. The automatic checks run on the submitted version.
        </p>
        {completeness.some((check) => !check.ok) && (
          <Alert type="warning" slim>
            Some layers or targets are still empty: the completeness check will report it.
          </Alert>
        )}
      </ActionDialog>
    </div>
  );
};
