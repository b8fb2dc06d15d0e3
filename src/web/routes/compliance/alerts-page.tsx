import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { ApiError, api } from '../../api/client.ts';
import type { ScreeningAlert } from '../../api/types.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';

const KIND_LABELS: Record<string, string> = {
  hit: 'New hit',
  list_shrink_allowed: 'List shrink allowed',
  list_refresh_refused: 'List refresh refused',
  list_stale: 'List too old',
};

const FILTERS = [
  { key: 'open', label: 'Open' },
  { key: 'all', label: 'All' },
] as const;

const subject = (alert: ScreeningAlert) => {
  if (alert.hitId)
    return (
      <Link className="usa-link" to={`/compliance/hits/${alert.hitId}`}>
        Open the hit
      </Link>
    );
  if (alert.listSource)
    return (
      <Link className="usa-link" to="/compliance/lists">
        {alert.listSource}
      </Link>
    );
  return '—';
};

/** Compliance officer's inbox: alerts about new hits and about the lists, each acknowledged once seen. */
export const AlertsPage = () => {
  const [params] = useSearchParams();
  const filter = FILTERS.find((f) => f.key === params.get('show')) ?? FILTERS[0];
  const { data, error, loading, reload } = useApi(() => api.alerts(), []);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const all = data?.alerts ?? [];
  const rows = filter.key === 'open' ? all.filter((a) => a.acknowledgedAt === null) : all;

  const acknowledge = async (alert: ScreeningAlert) => {
    setBusy(alert.id);
    setProblem(null);
    try {
      await api.acknowledgeAlert(alert.id);
      reload();
    } catch (caught) {
      setProblem(
        caught instanceof ApiError && caught.status === 404
          ? 'This alert could not be acknowledged: it no longer exists, or this server does not offer acknowledging yet.'
          : caught instanceof Error
            ? caught.message
            : String(caught),
      );
      setTimeout(() => problemRef.current?.focus(), 0);
    } finally {
      setBusy(null);
    }
  };

  const columns: Column<ScreeningAlert>[] = [
    { key: 'kind', header: 'Alert', rowHeader: true, render: (a) => KIND_LABELS[a.kind] ?? a.kind },
    { key: 'subject', header: 'About', render: subject },
    {
      key: 'proposal',
      header: 'Proposal',
      render: (a) =>
        a.proposalId ? (
          <Link className="usa-link" to={`/proposals/${a.proposalId}`}>
            View proposal
          </Link>
        ) : (
          '—'
        ),
    },
    { key: 'message', header: 'Details', render: (a) => a.message ?? '—' },
    { key: 'created', header: 'Raised', render: (a) => formatDateTime(a.createdAt) },
    {
      key: 'ack',
      header: 'Acknowledged',
      render: (a) =>
        a.acknowledgedAt ? (
          formatDateTime(a.acknowledgedAt)
        ) : (
          <button
            type="button"
            className="usa-button usa-button--outline usa-button--small"
            disabled={busy === a.id}
            onClick={() => void acknowledge(a)}
          >
            Acknowledge
            <span className="usa-sr-only">
              {' '}
              {KIND_LABELS[a.kind] ?? a.kind} of {formatDateTime(a.createdAt)}
            </span>
          </button>
        ),
    },
  ];

  return (
    <>
      <div className="aiex-title-row">
        <PageTitle title="Alerts">Alerts</PageTitle>
        <button type="button" className="usa-button usa-button--outline" onClick={reload}>
          Refresh
        </button>
      </div>
      <p className="usa-intro margin-top-0">
        New hits found when a list changed, and changes to the lists themselves. Acknowledge an alert once you have
        looked at it.
      </p>
      <nav aria-label="Alert filters" className="aiex-tabs">
        <ul>
          {FILTERS.map((f) => (
            <li key={f.key}>
              <Link
                to={`?show=${f.key}`}
                replace
                aria-current={f.key === filter.key ? 'page' : undefined}
                className={f.key === filter.key ? 'is-active' : undefined}
              >
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {problem && (
        <Alert ref={problemRef} type="error" heading="Not acknowledged">
          {problem}
        </Alert>
      )}
      {loading && !data && <Loading label="Loading the alerts" />}
      {error ? <ErrorAlert error={error} heading="The alerts could not be loaded" /> : null}
      {data && (
        <DataTable
          caption={`${filter.label} alerts: ${rows.length}`}
          captionHidden
          columns={columns}
          rows={rows}
          rowKey={(a) => a.id}
          empty={loading ? undefined : `No ${filter.label.toLowerCase()} alerts.`}
          scrollLabel="Alerts"
        />
      )}
    </>
  );
};
