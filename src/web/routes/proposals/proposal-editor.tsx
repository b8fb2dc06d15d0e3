import { useEffect, useRef, useState } from 'react';
import type { Proposal } from '../../api/types.ts';
import { Alert } from '../../components/alert.tsx';
import { ErrorSummary, fieldId } from '../../components/fields.tsx';
import { labelForPath, stepOfPath } from './content-model.ts';
import { EditorActions } from './editor/editor-actions.tsx';
import { completenessOf, isLayerStep, STEPS } from './editor/editor-steps.ts';
import { FinancingStep } from './editor/financing-step.tsx';
import { LayerStep } from './editor/layer-step.tsx';
import { OperatingModelStep } from './editor/operating-model-step.tsx';
import { OverviewStep } from './editor/overview-step.tsx';
import { ReviewStep } from './editor/review-step.tsx';
import { StepIndicator } from './editor/step-indicator.tsx';
import { StepNav } from './editor/step-nav.tsx';
import { SubmitDialog } from './editor/submit-dialog.tsx';
import { UnsavedChangesGuard } from './editor/unsaved-changes-guard.tsx';
import { useProposalDraft } from './editor/use-proposal-draft.ts';

/** The applicant's editor of a draft (or a returned proposal), step by step, with inline validation. */
export const ProposalEditor = ({
  proposal,
  onChanged,
}: {
  proposal: Proposal;
  onChanged: (proposal: Proposal) => void;
}) => {
  const draft = useProposalDraft(proposal, onChanged);
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

  const goToField = (path: string) => {
    setStep(stepOfPath(path));
    setTimeout(() => document.getElementById(fieldId(path))?.focus(), 0);
  };

  const stepIndex = STEPS.findIndex((s) => s.key === step);
  const previous = STEPS[stepIndex - 1]?.key;
  const next = STEPS[stepIndex + 1]?.key;
  const errorCountOf = (key: string) => Object.keys(draft.allErrors).filter((path) => stepOfPath(path) === key).length;
  const completeness = completenessOf(draft.content);

  return (
    <div className="grid-row grid-gap-lg">
      <StepNav
        step={step}
        onSelect={setStep}
        errorCountOf={errorCountOf}
        showCounts={draft.showAll || draft.touched.length > 0}
      />
      <form
        className="tablet:grid-col-9 usa-form maxw-none"
        noValidate
        aria-labelledby="editor-step-heading"
        onSubmit={(event) => {
          event.preventDefault();
          void draft.save();
        }}
      >
        <StepIndicator stepIndex={stepIndex} headingRef={stepHeading} />
        <ErrorSummary
          errors={draft.showAll ? draft.allErrors : {}}
          labelFor={labelForPath}
          focusKey={draft.attempt}
          onSelect={goToField}
        />
        {draft.message && (
          <Alert type={draft.message.type} slim>
            {draft.message.text}
          </Alert>
        )}

        {step === 'overview' && <OverviewStep draft={draft} />}
        {isLayerStep(step) && <LayerStep layer={step} draft={draft} />}
        {step === 'operatingModel' && <OperatingModelStep draft={draft} />}
        {step === 'financing' && <FinancingStep draft={draft} />}
        {step === 'review' && (
          <ReviewStep
            completeness={completeness}
            bciCount={draft.content.bci.length}
            canSubmit={proposal.canSubmit}
            onSubmit={() => setConfirmSubmit(true)}
          />
        )}

        <EditorActions
          onPrevious={previous === undefined ? undefined : () => setStep(previous)}
          onNext={next === undefined ? undefined : () => setStep(next)}
          dirty={draft.dirty}
          busy={draft.busy}
        />
      </form>
      <SubmitDialog
        open={confirmSubmit}
        nextVersion={(proposal.currentVersion ?? 0) + 1}
        completeness={completeness}
        onConfirm={draft.submit}
        onClose={() => setConfirmSubmit(false)}
      />
      <UnsavedChangesGuard dirty={draft.dirty} />
    </div>
  );
};
