import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import type { HitStatus } from '../../api/types.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { formatScore, HIT_STATUS_COLORS, HIT_STATUS_LABELS, KIND_LABELS } from './hit-format.ts';

const FILTERS: { key: string; label: string; statuses: HitStatus[] }[] = [
  { key: 'open', label: 'Open', statuses: ['open'] },
  { key: 'decided', label: 'Decided', statuses: ['true_match', 'false_positive'] },
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
      {data && !loading && rows.length === 0 && <p>No {filter.label.toLowerCase()} hits.</p>}
      {rows.length > 0 && (
        <table className="usa-table usa-table--borderless width-full">
          <caption className="usa-sr-only">
            {filter.label} screening hits: {rows.length}
          </caption>
          <thead>
            <tr>
              <th scope="col">Party</th>
              <th scope="col">Kind</th>
              <th scope="col">Proposal</th>
              <th scope="col">List</th>
              <th scope="col">Matched name</th>
              <th scope="col">Score</th>
              {filter.key !== 'open' && <th scope="col">Decision</th>}
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((hit) => (
              <tr key={hit.id}>
                <th scope="row">
                  <Link className="usa-link" to={`/compliance/hits/${hit.id}`}>
                    {hit.party.name}
                  </Link>
                </th>
                <td>{KIND_LABELS[hit.party.kind] ?? hit.party.kind}</td>
                <td>
                  {hit.party.proposalId ? (
                    <Link className="usa-link" to={`/proposals/${hit.party.proposalId}`}>
                      View proposal
                    </Link>
                  ) : (
                    '—'
                  )}
                </td>
                <td>{hit.listSource}</td>
                <td>{hit.matchedName}</td>
                <td>{formatScore(hit.score)}</td>
                {filter.key !== 'open' && (
                  <td>
                    <span className={`usa-tag ${HIT_STATUS_COLORS[hit.status]}`}>{HIT_STATUS_LABELS[hit.status]}</span>
                  </td>
                )}
                <td>{formatDateTime(hit.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
};
