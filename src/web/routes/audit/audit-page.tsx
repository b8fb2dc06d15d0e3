import { type FormEvent, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { AuditPageEntry } from '../../../http/routes/audit/audit.schemas.ts';
import { api } from '../../api/client.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { formatDateTime, formatSummary } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';

const FILTER_KEYS = ['actor', 'actorId', 'action', 'objectType', 'objectId', 'from', 'to'] as const;
const OBJECT_TYPES = [
  ['proposal', 'Proposal'],
  ['screening_hit', 'Screening hit'],
  ['company', 'Company'],
  ['consortium', 'Consortium'],
  ['list', 'List'],
  ['list_version', 'List version'],
  ['alert', 'Alert'],
  ['user', 'User account'],
  ['program-settings', 'Program settings'],
  ['audit_checkpoint', 'Audit checkpoint'],
  ['system', 'Platform'],
] as const;
const ACTIONS = [
  'proposal.*',
  'proposal.submit',
  'proposal.designate',
  'proposal.return',
  'screening.*',
  'screening.adjudicate',
  'consortium.*',
  'list.*',
  'user.*',
  'audit.checkpoint',
  'program-settings.update',
];

const shown = (value: unknown): string =>
  value === undefined ? '—' : typeof value === 'string' ? value.replaceAll('_', ' ') : JSON.stringify(value);

const Details = ({ entry }: { entry: AuditPageEntry }) => (
  <details>
    <summary>Details</summary>
    {entry.changes.length > 0 ? (
      <table className="usa-table usa-table--compact usa-table--borderless margin-y-1">
        <caption className="usa-sr-only">Before and after</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {entry.changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{change.field}</th>
              <td>{shown(change.before)}</td>
              <td>{shown(change.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    ) : (
      <p className="margin-y-1">No before and after: this entry records an event, not a change of state.</p>
    )}
    <p className="margin-y-1 aiex-summary-cell">Recorded: {formatSummary(entry.summary)}</p>
    <p className="margin-y-1 font-mono-3xs">
      Action <code>{entry.action}</code> on {entry.objectType} <code>{entry.objectId}</code>
      <br />
      Previous hash <code>{entry.prevHash}</code>
      <br />
      Hash <code>{entry.hash}</code>
    </p>
  </details>
);

/** The audit trail a page at a time (newest first), filtered, in words, exportable for offline verification. */
export const AuditPage = () => {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const entries = useApi(() => api.auditPage(search), [search]);
  const verify = useApi(() => api.auditVerify(), []);
  const filterSearch = useMemo(() => {
    const only = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = params.get(key);
      if (value) only.set(key, value);
    }
    return only;
  }, [params]);
  const exportHref = (format: 'jsonl' | 'csv') => {
    const next = new URLSearchParams(filterSearch);
    next.set('format', format);
    return `/api/v1/audit/export?${next.toString()}`;
  };
  const pageHref = (cursor: { before?: number; after?: number }) => {
    const next = new URLSearchParams(filterSearch);
    if (cursor.before !== undefined) next.set('before', String(cursor.before));
    if (cursor.after !== undefined) next.set('after', String(cursor.after));
    return `?${next.toString()}`;
  };
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = String(form.get(key) ?? '').trim();
      if (value !== '') next.set(key, value);
    }
    setParams(next);
  };

  const columns: Column<AuditPageEntry>[] = [
    { key: 'seq', header: '#', render: (entry) => entry.seq },
    { key: 'when', header: 'When', render: (entry) => formatDateTime(entry.at) },
    {
      key: 'what',
      header: 'What happened',
      rowHeader: true,
      className: 'aiex-summary-cell',
      render: (entry) => entry.description,
    },
    {
      key: 'object',
      header: 'Object',
      render: (entry) => (
        <>
          {entry.objectHref ? (
            <Link className="usa-link" to={entry.objectHref}>
              Open {entry.objectType.replaceAll(/[_-]/g, ' ')}
            </Link>
          ) : (
            entry.objectType.replaceAll(/[_-]/g, ' ')
          )}
          <br />
          <Link
            className="usa-link font-body-3xs"
            to={`?${new URLSearchParams({ objectType: entry.objectType, objectId: entry.objectId }).toString()}`}
          >
            All entries of this {entry.objectType.replaceAll(/[_-]/g, ' ')}
          </Link>
        </>
      ),
    },
    { key: 'details', header: 'Details', render: (entry) => <Details entry={entry} /> },
  ];
  const filtered = FILTER_KEYS.some((key) => params.get(key));

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
        className="usa-form maxw-none margin-top-3"
        aria-label="Filter the audit trail"
        onSubmit={apply}
        key={search}
      >
        <div className="grid-row grid-gap-2">
          <div className="usa-form-group grid-col-12 tablet:grid-col-4 margin-top-0">
            <label className="usa-label margin-top-0" htmlFor="audit-actor">
              Person (part of the name)
            </label>
            <input id="audit-actor" name="actor" className="usa-input" defaultValue={params.get('actor') ?? ''} />
            {params.get('actorId') && <input type="hidden" name="actorId" value={params.get('actorId') ?? ''} />}
          </div>
          <div className="usa-form-group grid-col-12 tablet:grid-col-4 margin-top-0">
            <label className="usa-label margin-top-0" htmlFor="audit-action">
              Action
            </label>
            <span className="usa-hint" id="audit-action-hint">
              Exact, or a family ending in * (proposal.*)
            </span>
            <input
              id="audit-action"
              name="action"
              className="usa-input"
              list="audit-actions"
              aria-describedby="audit-action-hint"
              defaultValue={params.get('action') ?? ''}
            />
            <datalist id="audit-actions">
              {ACTIONS.map((a) => (
                <option key={a} value={a} />
              ))}
            </datalist>
          </div>
          <div className="usa-form-group grid-col-12 tablet:grid-col-4 margin-top-0">
            <label className="usa-label margin-top-0" htmlFor="audit-object-type">
              Object type
            </label>
            <select
              id="audit-object-type"
              name="objectType"
              className="usa-select"
              defaultValue={params.get('objectType') ?? ''}
            >
              <option value="">Any</option>
              {OBJECT_TYPES.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="usa-form-group grid-col-12 tablet:grid-col-4 margin-top-1">
            <label className="usa-label margin-top-0" htmlFor="audit-object">
              Object id
            </label>
            <input
              id="audit-object"
              name="objectId"
              className="usa-input"
              defaultValue={params.get('objectId') ?? ''}
            />
          </div>
          <div className="usa-form-group grid-col-6 tablet:grid-col-4 margin-top-1">
            <label className="usa-label margin-top-0" htmlFor="audit-from">
              From (date)
            </label>
            <input
              id="audit-from"
              name="from"
              type="date"
              className="usa-input"
              defaultValue={params.get('from') ?? ''}
            />
          </div>
          <div className="usa-form-group grid-col-6 tablet:grid-col-4 margin-top-1">
            <label className="usa-label margin-top-0" htmlFor="audit-to">
              To (date, inclusive)
            </label>
            <input id="audit-to" name="to" type="date" className="usa-input" defaultValue={params.get('to') ?? ''} />
          </div>
        </div>
        <div className="margin-top-2">
          <button type="submit" className="usa-button">
            Filter
          </button>
          {filtered && (
            <Link className="usa-button usa-button--unstyled margin-left-2" to="?">
              Show all
            </Link>
          )}
        </div>
      </form>
      <p className="margin-top-2">
        Export {filtered ? 'the filtered entries' : 'the whole trail'}:{' '}
        <a className="usa-link" href={exportHref('jsonl')} download>
          JSON Lines with the chain hashes
        </a>{' '}
        (check it offline with <code>aiexports audit verify --file EXPORT.jsonl</code>) or{' '}
        <a className="usa-link" href={exportHref('csv')} download>
          CSV
        </a>
        .
      </p>
      {entries.loading && !entries.data && <Loading label="Loading entries" />}
      {entries.error ? <ErrorAlert error={entries.error} heading="The audit trail could not be loaded" /> : null}
      {entries.data && (
        <>
          <div className="aiex-dense">
            <DataTable
              caption={`${entries.data.entries.length} entries, newest first`}
              columns={columns}
              rows={entries.data.entries}
              rowKey={(entry) => entry.seq}
              compact
              striped
              scrollLabel="Audit entries"
              empty="No entries match."
            />
          </div>
          <nav aria-label="Audit pages" className="margin-top-2 display-flex flex-align-center">
            {entries.data.newerCursor !== null && (
              <>
                <Link className="usa-button usa-button--outline" to={pageHref({})}>
                  Newest
                </Link>
                <Link className="usa-button usa-button--outline" to={pageHref({ after: entries.data.newerCursor })}>
                  Newer entries
                </Link>
              </>
            )}
            {entries.data.olderCursor !== null && (
              <Link className="usa-button usa-button--outline" to={pageHref({ before: entries.data.olderCursor })}>
                Older entries
              </Link>
            )}
          </nav>
        </>
      )}
    </>
  );
};
