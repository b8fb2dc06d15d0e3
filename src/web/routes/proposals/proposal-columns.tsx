import { Link } from 'react-router-dom';
import { formatCountries } from '../../../core/kernel/format-country.ts';
import type { ProposalSummary } from '../../api/types.ts';
import type { Column } from '../../components/data-table.tsx';
import { formatDateTime } from '../../components/format.ts';
import { StatusTag, statusLabel } from '../../components/status-tag.tsx';

/**
 * The columns of a list of proposals (the applicant's dashboard, the government queue). With `statusText`, the
 * status cell repeats the status as screen-reader text.
 */
export const proposalColumns = ({ statusText }: { statusText: boolean }): Column<ProposalSummary>[] => [
  {
    key: 'title',
    header: 'Title',
    rowHeader: true,
    render: (proposal) => (
      <Link className="usa-link" to={`/proposals/${proposal.id}`}>
        {proposal.title}
      </Link>
    ),
  },
  { key: 'consortium', header: 'Consortium', render: (proposal) => proposal.consortiumName },
  {
    key: 'status',
    header: 'Status',
    render: (proposal) => (
      <>
        <StatusTag status={proposal.status} />
        {statusText && <span className="usa-sr-only">{statusLabel(proposal.status)}</span>}
      </>
    ),
  },
  { key: 'version', header: 'Version', render: (proposal) => proposal.currentVersion ?? '—' },
  { key: 'targets', header: 'Targets', render: (proposal) => formatCountries(proposal.targets) },
  { key: 'updated', header: 'Updated', render: (proposal) => formatDateTime(proposal.updatedAt) },
];
