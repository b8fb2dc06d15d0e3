import type { Ref } from 'react';
import { STEPS } from './editor-steps.ts';

const segmentClass = (index: number, current: number) =>
  `usa-step-indicator__segment${
    index < current
      ? ' usa-step-indicator__segment--complete'
      : index === current
        ? ' usa-step-indicator__segment--current'
        : ''
  }`;

/** The USWDS step indicator above the form; its heading (focusable) names the current step. */
export const StepIndicator = ({
  stepIndex,
  headingRef,
}: {
  stepIndex: number;
  headingRef: Ref<HTMLHeadingElement>;
}) => (
  <div className="usa-step-indicator usa-step-indicator--no-labels margin-bottom-2">
    <ol className="usa-step-indicator__segments">
      {STEPS.map((s, index) => (
        <li
          key={s.key}
          className={segmentClass(index, stepIndex)}
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
      <h2 className="usa-step-indicator__heading" id="editor-step-heading" ref={headingRef} tabIndex={-1}>
        <span className="usa-step-indicator__heading-counter">
          <span className="usa-sr-only">Step</span>
          <span className="usa-step-indicator__current-step">{stepIndex + 1}</span>{' '}
          <span className="usa-step-indicator__total-steps">of {STEPS.length}</span>
        </span>
        <span className="usa-step-indicator__heading-text">{STEPS[stepIndex]?.label}</span>
      </h2>
    </div>
  </div>
);
