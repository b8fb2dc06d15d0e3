import { useState } from 'react';
import { api } from '../../api/client.ts';
import type { AuditEntry } from '../../api/types.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { formatDateTime, formatSummary } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';

/** The append-only audit trail and the result of verifying its hash chain. */
export const AuditPage = () => {
  const [objectId, setObjectId] = useState('');
  const [applied, setApplied] = useState('');
  const entries = useApi(() => api.audit(applied || undefined), [applied]);
  const verify = useApi(() => api.auditVerify(), []);

  const showObject = (id: string) => {
    setObjectId(id);
    setApplied(id);
  };
  const columns: Column<AuditEntry>[] = [
    { key: 'seq', header: '#', render: (entry) => entry.seq },
    { key: 'when', header: 'When', render: (entry) => formatDateTime(entry.at) },
    { key: 'who', header: 'Who', render: (entry) => entry.actorName ?? entry.actorId ?? 'system' },
    { key: 'action', header: 'Action', render: (entry) => <code className="font-mono-3xs">{entry.action}</code> },
    {
      key: 'object',
      header: 'Object',
      render: (entry) => (
        <>
          {entry.objectType}{' '}
          <button
            type="button"
            className="usa-button usa-button--unstyled font-mono-3xs"
            title={entry.objectId}
            aria-label={`Show entries of ${entry.objectType} ${entry.objectId}`}
            onClick={() => showObject(entry.objectId)}
          >
            {entry.objectId.length > 12 ? `${entry.objectId.slice(0, 8)}…` : entry.objectId}
          </button>
        </>
      ),
    },
    {
      key: 'summary',
      header: 'Summary',
      className: 'aiex-summary-cell',
      render: (entry) => formatSummary(entry.summary),
    },
    {
      key: 'hash',
      header: 'Hash',
      render: (entry) => (
        <code className="font-mono-3xs" title={entry.hash}>
          {entry.hash.slice(0, 12)}…
        </code>
      ),
    },
  ];

  return (
    <>
      <PageTitle title="Audit trail">Audit trail</PageTitle>
      <section aria-labelledby="verify-heading" className="aiex-panel">
        <div className="aiex-panel__header">
          <h2 id="verify-heading" className="font-heading-md margin-0">
            Hash chain
          </h2>
          <button type="button" className="usa-button usa-button--outline usa-button--small" onClick={verify.reload}>
            Verify chain
          </button>
        </div>
        {verify.loading && <Loading label="Verifying the chain" />}
        {verify.error ? <ErrorAlert error={verify.error} heading="The chain could not be verified" /> : null}
        {verify.data && !verify.loading && (
          <Alert
            type={verify.data.ok ? 'success' : 'error'}
            slim
            heading={verify.data.ok ? undefined : `Trail broken at entry ${verify.data.brokenAt ?? '?'}`}
          >
            {verify.data.ok
              ? `Chain intact: ${verify.data.count} entries, each carrying the hash of the one before, ending where the recorded head says.`
              : `${verify.data.count} entries checked. ${verify.data.findings.join(' ')}`}{' '}
            Signed checkpoints: {verify.data.checkpoints.note}.
          </Alert>
        )}
      </section>
      <form
        className="usa-form maxw-none aiex-inline-form margin-top-3"
        onSubmit={(event) => {
          event.preventDefault();
          setApplied(objectId.trim());
        }}
      >
        <div className="usa-form-group margin-top-0">
          <label className="usa-label margin-top-0" htmlFor="audit-object">
            Object id
          </label>
          <input
            id="audit-object"
            className="usa-input"
            value={objectId}
            onChange={(event) => setObjectId(event.target.value)}
          />
        </div>
        <button type="submit" className="usa-button">
          Filter
        </button>
        {applied && (
          <button
            type="button"
            className="usa-button usa-button--unstyled"
            onClick={() => {
              setObjectId('');
              setApplied('');
            }}
          >
            Show all
          </button>
        )}
      </form>
      {entries.loading && !entries.data && <Loading label="Loading entries" />}
      {entries.error ? <ErrorAlert error={entries.error} heading="The audit trail could not be loaded" /> : null}
      {entries.data &&
        (entries.data.entries.length === 0 ? (
          <p>No entries.</p>
        ) : (
          <div className="aiex-dense">
            <DataTable
              caption={`${entries.data.entries.length} entries`}
              columns={columns}
              rows={entries.data.entries}
              rowKey={(entry) => entry.seq}
              compact
              striped
              scrollLabel="Audit entries"
            />
          </div>
        ))}
    </>
  );
};
