import './print.css';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { Finding } from '../../api/types.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { statusLabel } from '../../components/status-tag.tsx';
import { useApi } from '../../components/use-api.ts';
import { ContentView } from './content-view.tsx';

const SEVERITY_LABELS: Record<Finding['severity'], string> = {
  blocker: 'Blocker',
  needs_review: 'Needs review',
  info: 'Information',
};

/**
 * One frozen version of a proposal as a printable document: its whole content with human labels, the
 * findings of the automatic checks as of the version's submission date, and the dates that fix it; the
 * browser prints it or saves it as PDF.
 */
export const VersionPrintPage = () => {
  const { id = '', number = '' } = useParams();
  const versionNumber = Number(number);
  const state = useApi(async () => {
    const [{ proposal }, { version }] = await Promise.all([api.proposal(id), api.version(id, versionNumber)]);
    const findings = await api.findings(id, version.submittedAt.slice(0, 10));
    return { proposal, version, findings };
  }, [id, versionNumber]);

  if (state.loading && !state.data) return <Loading label="Loading the version" />;
  if (state.error || !state.data)
    return (
      <>
        <PageTitle title="Print version">Print version</PageTitle>
        <ErrorAlert error={state.error ?? 'not found'} heading="The version could not be loaded" />
      </>
    );
  const { proposal, version, findings } = state.data;
  const title = `${proposal.title}: version ${version.number}`;
  return (
    <article className="aiex-print">
      <div className="aiex-no-print usa-button-group margin-bottom-2">
        <button type="button" className="usa-button" onClick={() => window.print()}>
          Print / save as PDF
        </button>
        <Link className="usa-button usa-button--unstyled padding-x-2" to={`/proposals/${proposal.id}?tab=versions`}>
          Back to the proposal
        </Link>
      </div>
      <PageTitle title={title}>{title}</PageTitle>
      <dl className="aiex-print__facts">
        <dt className="text-bold">Consortium</dt>
        <dd>{proposal.consortiumName}</dd>
        <dt className="text-bold">Version</dt>
        <dd>
          {version.number} of {proposal.versions.length}, submitted {formatDateTime(version.submittedAt)}
        </dd>
        <dt className="text-bold">Status of the proposal</dt>
        <dd>
          {statusLabel(proposal.status)} (as of {formatDateTime(proposal.updatedAt)})
        </dd>
        <dt className="text-bold">Printed</dt>
        <dd>{formatDateTime(new Date().toISOString())}</dd>
      </dl>

      <ContentView content={version.content} />

      <section aria-labelledby="print-findings-heading">
        <h2 id="print-findings-heading">Findings of the automatic checks</h2>
        <p>
          Rules version {findings.rulesVersion}, settings version {findings.settingsVersion}, rules in force on{' '}
          {findings.asOf}; checked: {findings.checked}.
        </p>
        {findings.findings.length === 0 ? (
          <p>No findings.</p>
        ) : (
          <ol>
            {findings.findings.map((finding, index) => (
              <li key={`${finding.code}-${finding.subject?.path ?? index}`} className="margin-bottom-2">
                <strong>
                  {SEVERITY_LABELS[finding.severity]}: {finding.title}
                </strong>
                {finding.subject && <span> ({finding.subject.label})</span>}
                <p className="margin-y-05">{finding.explanation}</p>
                <p className="margin-y-05 text-base-dark">
                  {finding.citations.map((c) => [c.source, c.section].join(' ')).join('; ')} · rule {finding.code}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
};
