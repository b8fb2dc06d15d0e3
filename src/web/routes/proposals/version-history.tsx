import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { ContentChange, Proposal, ProposalVersion } from '../../api/types.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { formatDateTime, formatSummary } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { labelForPath } from './content-model.ts';
import { ContentView } from './content-view.tsx';

const KIND_CLASS: Record<ContentChange['kind'], string> = {
  added: 'bg-green',
  removed: 'bg-secondary-dark',
  changed: 'bg-primary',
};

const CHANGE_COLUMNS: Column<ContentChange>[] = [
  {
    key: 'field',
    header: 'Field',
    rowHeader: true,
    render: (change) => <>{labelForPath(change.path)}</>,
  },
  {
    key: 'change',
    header: 'Change',
    render: (change) => <span className={`usa-tag ${KIND_CLASS[change.kind]}`}>{change.kind}</span>,
  },
  { key: 'before', header: 'Before', className: 'aiex-diff-before', render: (change) => formatSummary(change.before) },
  { key: 'after', header: 'After', className: 'aiex-diff-after', render: (change) => formatSummary(change.after) },
];

/** The frozen versions of a proposal: view one, compare two (or a version with the draft). */
export const VersionHistory = ({ proposal }: { proposal: Proposal }) => {
  const versions = [...proposal.versions].sort((a, b) => b.number - a.number);
  const newest = versions[0]?.number;
  const [viewing, setViewing] = useState<ProposalVersion | null>(null);
  const [viewError, setViewError] = useState<unknown>(null);
  const [loadingVersion, setLoadingVersion] = useState<number | null>(null);
  const [from, setFrom] = useState<string>(versions[1]?.number.toString() ?? newest?.toString() ?? '');
  const [to, setTo] = useState<string>(versions[1] ? String(newest) : 'draft');
  const [changes, setChanges] = useState<ContentChange[] | null>(null);
  const [diffError, setDiffError] = useState<unknown>(null);
  const [diffing, setDiffing] = useState(false);

  if (versions.length === 0) return <p>No version yet: a version is frozen each time the proposal is submitted.</p>;

  const view = async (number: number) => {
    setLoadingVersion(number);
    setViewError(null);
    try {
      setViewing((await api.version(proposal.id, number)).version);
    } catch (error) {
      setViewError(error);
    } finally {
      setLoadingVersion(null);
    }
  };

  const compare = async () => {
    setDiffing(true);
    setDiffError(null);
    try {
      const result = await api.diff(proposal.id, Number(from), to === 'draft' ? 'draft' : Number(to));
      setChanges(result.changes);
    } catch (error) {
      setDiffError(error);
      setChanges(null);
    } finally {
      setDiffing(false);
    }
  };

  const versionColumns: Column<Proposal['versions'][number]>[] = [
    { key: 'version', header: 'Version', rowHeader: true, render: (version) => `Version ${version.number}` },
    { key: 'submitted', header: 'Submitted', render: (version) => formatDateTime(version.submittedAt) },
    {
      key: 'actions',
      header: <span className="usa-sr-only">Actions</span>,
      render: (version) => (
        <>
          <button
            type="button"
            className="usa-button usa-button--unstyled"
            onClick={() => void view(version.number)}
            aria-expanded={viewing?.number === version.number}
          >
            {loadingVersion === version.number ? 'Loading…' : `View version ${version.number}`}
          </button>
          <Link className="margin-left-2" to={`/proposals/${proposal.id}/versions/${version.number}/print`}>
            Print version {version.number}
          </Link>
        </>
      ),
    },
  ];

  return (
    <div>
      <DataTable
        caption="Submitted versions"
        columns={versionColumns}
        rows={versions}
        rowKey={(version) => version.number}
      />
      {viewError ? <ErrorAlert error={viewError} heading="The version could not be loaded" /> : null}
      {viewing && (
        <section className="aiex-panel" aria-label={`Version ${viewing.number}`}>
          <div className="aiex-panel__header">
            <p className="margin-0">
              <strong>Version {viewing.number}</strong>, submitted {formatDateTime(viewing.submittedAt)}
              {viewing.submittedBy && !/^[0-9a-f-]{32,}$/i.test(viewing.submittedBy) && ` by ${viewing.submittedBy}`}
            </p>
            <button type="button" className="usa-button usa-button--unstyled" onClick={() => setViewing(null)}>
              Close version {viewing.number}
            </button>
          </div>
          <ContentView content={viewing.content} />
        </section>
      )}

      <h2 className="font-heading-lg">Compare</h2>
      <form
        className="usa-form maxw-none aiex-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void compare();
        }}
      >
        <div className="usa-form-group margin-top-0">
          <label className="usa-label margin-top-0" htmlFor="diff-from">
            From
          </label>
          <select id="diff-from" className="usa-select" value={from} onChange={(e) => setFrom(e.target.value)}>
            {versions.map((version) => (
              <option key={version.number} value={version.number}>
                Version {version.number}
              </option>
            ))}
          </select>
        </div>
        <div className="usa-form-group margin-top-0">
          <label className="usa-label margin-top-0" htmlFor="diff-to">
            To
          </label>
          <select id="diff-to" className="usa-select" value={to} onChange={(e) => setTo(e.target.value)}>
            {versions.map((version) => (
              <option key={version.number} value={version.number}>
                Version {version.number}
              </option>
            ))}
            <option value="draft">Current draft</option>
          </select>
        </div>
        <button type="submit" className="usa-button" disabled={diffing}>
          {diffing ? 'Comparing…' : 'Compare'}
        </button>
      </form>
      {diffing && <Loading label="Comparing" />}
      {diffError ? <ErrorAlert error={diffError} heading="The comparison failed" /> : null}
      {changes && changes.length === 0 && <p role="status">No differences.</p>}
      {changes && (
        <DataTable
          caption={`${changes.length} difference${changes.length === 1 ? '' : 's'}`}
          columns={CHANGE_COLUMNS}
          rows={changes}
          rowKey={(change) => `${change.path}-${change.kind}`}
          borderless={false}
          compact
          scrollLabel="Differences"
        />
      )}
    </div>
  );
};
