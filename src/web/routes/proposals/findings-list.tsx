import { api } from '../../api/client.ts';
import type { Citation, Finding } from '../../api/types.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { useApi } from '../../components/use-api.ts';

const SEVERITY_CLASS: Record<Finding['severity'], string> = {
  blocker: 'bg-secondary-darker',
  needs_review: 'bg-gold text-ink',
  info: 'bg-base-lighter text-ink',
};

const citationText = (citation: Citation): string => [citation.source, citation.section].join(' ');

/** The automatic checks' findings on a proposal: severity, title, explanation, citations. */
export const FindingsList = ({ proposalId }: { proposalId: string }) => {
  const { data, error, loading } = useApi(() => api.findings(proposalId), [proposalId]);
  if (loading && !data) return <Loading label="Loading findings" />;
  if (error) return <ErrorAlert error={error} heading="Findings could not be loaded" />;
  if (!data || data.findings.length === 0)
    return <p>No findings. The automatic checks run when the proposal is submitted.</p>;
  return (
    <div>
      <p className="text-base-dark">
        {data.findings.length} finding{data.findings.length === 1 ? '' : 's'}, rules version {data.rulesVersion}, as of{' '}
        {formatDateTime(data.asOf)}.
      </p>
      <ul className="usa-collection">
        {data.findings.map((finding, index) => (
          <li key={`${finding.code}-${finding.subject?.path ?? index}`} className="usa-collection__item">
            <div className="usa-collection__body">
              <span className={`usa-tag ${SEVERITY_CLASS[finding.severity]}`}>
                <span className="usa-sr-only">Severity: </span>
                {finding.severity.replaceAll('_', ' ')}
              </span>
              <h2 className="usa-collection__heading margin-top-1">{finding.title}</h2>
              <p className="usa-collection__description maxw-tablet-lg">{finding.explanation}</p>
              <ul className="usa-collection__meta" aria-label="Citations and code">
                <li className="usa-collection__meta-item font-mono-3xs">{finding.code}</li>
                {finding.citations.map((citation) => (
                  <li key={citationText(citation)} className="usa-collection__meta-item">
                    {citation.url ? (
                      <a className="usa-link" href={citation.url} rel="noreferrer" target="_blank">
                        {citationText(citation)}
                      </a>
                    ) : (
                      citationText(citation)
                    )}
                  </li>
                ))}
              </ul>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
};
