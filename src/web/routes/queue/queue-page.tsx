import { Link, useSearchParams } from 'react-router-dom';
import { roleMay } from '../../../core/accounts/permissions.ts';
import { api } from '../../api/client.ts';
import type { ProposalStatus } from '../../api/types.ts';
import { ROLE_LABELS } from '../../auth/roles.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/alert.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { proposalColumns } from '../proposals/proposal-columns.tsx';

const FILTERS: { key: string; label: string; statuses: ProposalStatus[] | null }[] = [
  { key: 'open', label: 'To act on', statuses: ['submitted', 'under_review'] },
  { key: 'designated', label: 'Designated', statuses: ['designated', 'suspended'] },
  { key: 'closed', label: 'Closed', statuses: ['declined', 'returned', 'revoked'] },
  { key: 'all', label: 'All', statuses: null },
];

const COLUMNS = proposalColumns({ statusText: true });

/** Government queue: submitted and under-review proposals first, with the other states a click away. */
export const QueuePage = () => {
  const { user } = useSession();
  const [params] = useSearchParams();
  const filter = FILTERS.find((f) => f.key === params.get('show')) ?? FILTERS[0]!;
  const { data, error, loading, reload } = useApi(() => api.proposals(), []);
  const rows = (data?.proposals ?? [])
    .filter((proposal) => filter.statuses === null || filter.statuses.includes(proposal.status))
    .sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  const countOf = (statuses: ProposalStatus[] | null) =>
    (data?.proposals ?? []).filter((p) => statuses === null || statuses.includes(p.status)).length;

  return (
    <>
      <div className="aiex-title-row">
        <PageTitle title="Proposal queue">Proposal queue</PageTitle>
        <button type="button" className="usa-button usa-button--outline" onClick={reload}>
          Refresh
        </button>
      </div>
      <p className="usa-intro margin-top-0">
        {user ? `${ROLE_LABELS[user.role]}${user.agency ? `, ${user.agency}` : ''}. ` : ''}
        {user && roleMay(user.role, 'proposal.designate')
          ? 'Proposals under review wait for your national-interest determination.'
          : 'Submitted proposals wait for triage; start the review to move them on.'}
      </p>
      <nav aria-label="Queue filters" className="aiex-tabs">
        <ul>
          {FILTERS.map((f) => (
            <li key={f.key}>
              <Link
                to={`?show=${f.key}`}
                replace
                aria-current={f.key === filter.key ? 'page' : undefined}
                className={f.key === filter.key ? 'is-active' : undefined}
              >
                {f.label} ({countOf(f.statuses)})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {loading && !data && <Loading label="Loading the queue" />}
      {error ? <ErrorAlert error={error} heading="The queue could not be loaded" /> : null}
      {data && (
        <DataTable
          caption={`${filter.label}: ${rows.length} proposals`}
          captionHidden
          columns={COLUMNS}
          rows={rows}
          rowKey={(proposal) => proposal.id}
          empty="Nothing here."
        />
      )}
    </>
  );
};
