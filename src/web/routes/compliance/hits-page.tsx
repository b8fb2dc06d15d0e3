import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { Hit, HitStatus } from '../../api/types.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { formatScore, HIT_STATUS_COLORS, HIT_STATUS_LABELS, KIND_LABELS } from './hit-format.ts';
import { ListAlerts } from './list-alerts.tsx';

const FILTERS: { key: string; label: string; statuses: HitStatus[] }[] = [
  { key: 'open', label: 'Open', statuses: ['open'] },
  { key: 'decided', label: 'Decided', statuses: ['true_match', 'false_positive'] },
];

const COLUMNS: Column<Hit>[] = [
  {
    key: 'party',
    header: 'Party',
    rowHeader: true,
    render: (hit) => (
      <Link className="usa-link" to={`/compliance/hits/${hit.id}`}>
        {hit.party.name}
      </Link>
    ),
  },
  { key: 'kind', header: 'Kind', render: (hit) => KIND_LABELS[hit.party.kind] ?? hit.party.kind },
  {
    key: 'proposal',
    header: 'Proposal',
    render: (hit) =>
      hit.party.proposalId ? (
        <Link className="usa-link" to={`/proposals/${hit.party.proposalId}`}>
          View proposal
        </Link>
      ) : (
        '—'
      ),
  },
  { key: 'list', header: 'List', render: (hit) => hit.listName },
  { key: 'matched', header: 'Matched name', render: (hit) => hit.matchedName },
  { key: 'score', header: 'Score', render: (hit) => formatScore(hit.score) },
  {
    key: 'decision',
    header: 'Decision',
    render: (hit) => (
      <span className={`usa-tag ${HIT_STATUS_COLORS[hit.status]}`}>{HIT_STATUS_LABELS[hit.status]}</span>
    ),
  },
  { key: 'created', header: 'Created', render: (hit) => formatDateTime(hit.createdAt) },
];

/** Compliance officer's list of screening hits: open ones to adjudicate, decided ones a click away. */
export const HitsPage = () => {
  const [params] = useSearchParams();
  const filter = FILTERS.find((f) => f.key === params.get('show')) ?? FILTERS[0]!;
  const { data, error, loading, reload } = useApi(async () => {
    const lists = await Promise.all(filter.statuses.map((status) => api.hits(status)));
    return lists.flatMap((list) => list.hits).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, [filter.key]);
  const rows = data ?? [];

  return (
    <>
      <div className="aiex-title-row">
        <PageTitle title="Screening hits">Screening hits</PageTitle>
        <button type="button" className="usa-button usa-button--outline" onClick={reload}>
          Refresh
        </button>
      </div>
      <p className="usa-intro margin-top-0">
        Parties of proposals that resemble an entry of a denied-party list. Compare each one with the list entry and
        decide whether it is a true match or a false positive.
      </p>
      <ListAlerts />
      <nav aria-label="Hit filters" className="aiex-tabs">
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
      {loading && !data && <Loading label="Loading the hits" />}
      {error ? <ErrorAlert error={error} heading="The hits could not be loaded" /> : null}
      {data && (
        <DataTable
          caption={`${filter.label} screening hits: ${rows.length}`}
          captionHidden
          columns={filter.key === 'open' ? COLUMNS.filter((column) => column.key !== 'decision') : COLUMNS}
          rows={rows}
          rowKey={(hit) => hit.id}
          empty={loading ? undefined : `No ${filter.label.toLowerCase()} hits.`}
        />
      )}
    </>
  );
};
