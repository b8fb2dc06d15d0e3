import { keepFocusOnMouseDown } from '../../../components/fields.tsx';
import { STEPS } from './editor-steps.ts';

/** The editor's side navigation: one button per step, with the count of its errors once errors are shown. */
export const StepNav = ({
  step,
  onSelect,
  errorCountOf,
  showCounts,
}: {
  step: string;
  onSelect: (step: string) => void;
  errorCountOf: (step: string) => number;
  showCounts: boolean;
}) => (
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
              onClick={() => onSelect(s.key)}
            >
              <span className="aiex-step-number" aria-hidden="true">
                {index + 1}
              </span>
              {s.label}
              {count > 0 && showCounts && (
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
);
