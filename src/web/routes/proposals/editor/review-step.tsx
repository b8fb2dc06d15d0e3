import { Alert } from '../../../components/alert.tsx';
import type { CompletenessCheck } from './editor-steps.ts';

/** The last step: the completeness checks, the count of business-confidential fields, and the submit button. */
export const ReviewStep = ({
  completeness,
  bciCount,
  canSubmit,
  onSubmit,
}: {
  completeness: CompletenessCheck[];
  bciCount: number;
  canSubmit: boolean;
  onSubmit: () => void;
}) => (
  <div>
    <h3 className="margin-top-0">Completeness</h3>
    <ul className="usa-icon-list">
      {completeness.map((check) => (
        <li key={check.text} className="usa-icon-list__item">
          <div className={`usa-icon-list__icon ${check.ok ? 'text-green' : 'text-secondary-dark'}`} aria-hidden="true">
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
      {bciCount} field{bciCount === 1 ? '' : 's'} marked business confidential. They are shown only to your consortium
      and to government reviewers, never in the public catalog.
    </p>
    {canSubmit ? (
      <button type="button" className="usa-button usa-button--big" onClick={onSubmit}>
        Submit proposal
      </button>
    ) : (
      <Alert type="info" slim>
        Only an applicant of the anchor member can submit this proposal.
      </Alert>
    )}
  </div>
);
