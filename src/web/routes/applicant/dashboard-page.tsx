import { Link, useLocation } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { useSession } from '../../auth/session.tsx';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { OpenCalls } from '../calls/open-calls.tsx';
import { proposalColumns } from '../proposals/proposal-columns.tsx';
import { InvitationsPanel } from './invitations-panel.tsx';

const COLUMNS = proposalColumns({ statusText: false });

/** The applicant's home: its consortia and their proposals. */
export const DashboardPage = () => {
  const { user } = useSession();
  const consortia = useApi(() => api.consortia(), []);
  const proposals = useApi(() => api.proposals(), []);
  const companies = useApi(() => api.companies(), []);
  const notice = (useLocation().state as { notice?: string } | null)?.notice;

  return (
    <>
      <div className="aiex-title-row">
        <PageTitle title="My proposals">My proposals</PageTitle>
        <div className="usa-button-group">
          <Link className="usa-button" to="/proposals/new">
            Start a proposal
          </Link>
          <Link className="usa-button usa-button--outline" to="/consortia/new">
            Register a consortium
          </Link>
        </div>
      </div>
      <p className="usa-intro margin-top-0">
        Welcome, {user?.name}. Build your package layer by layer, then submit it.
      </p>

      {notice && (
        <Alert type="success" slim>
          {notice}
        </Alert>
      )}

      <InvitationsPanel onAnswered={() => consortia.reload()} />
      <OpenCalls />

      <section aria-labelledby="proposals-heading">
        <h2 id="proposals-heading">Proposals</h2>
        {proposals.loading && !proposals.data && <Loading label="Loading proposals" />}
        {proposals.error ? <ErrorAlert error={proposals.error} heading="Proposals could not be loaded" /> : null}
        {proposals.data && (
          <DataTable
            caption="Proposals of your consortia"
            captionHidden
            columns={COLUMNS}
            rows={proposals.data.proposals}
            rowKey={(proposal) => proposal.id}
            empty={
              <>
                No proposals yet. <Link to="/proposals/new">Start one</Link>.
              </>
            }
          />
        )}
      </section>

      <section aria-labelledby="consortia-heading">
        <h2 id="consortia-heading">Consortia</h2>
        {consortia.loading && !consortia.data && <Loading label="Loading consortia" />}
        {consortia.error ? <ErrorAlert error={consortia.error} heading="Consortia could not be loaded" /> : null}
        {consortia.data && consortia.data.consortia.length === 0 && (
          <p>
            You are not in a consortium yet. <Link to="/consortia/new">Register one</Link>.
          </p>
        )}
        {consortia.data && consortia.data.consortia.length > 0 && (
          <ul className="usa-card-group">
            {consortia.data.consortia.map((consortium) => (
              <li key={consortium.id} className="usa-card tablet:grid-col-4">
                <div className="usa-card__container">
                  <div className="usa-card__header">
                    <h3 className="usa-card__heading">{consortium.name}</h3>
                  </div>
                  <div className="usa-card__body">
                    <p>
                      Anchor: <strong>{consortium.anchorName}</strong>
                      <br />
                      {consortium.memberCount} member{consortium.memberCount === 1 ? '' : 's'}
                    </p>
                  </div>
                  <div className="usa-card__footer">
                    <Link className="usa-button usa-button--outline" to={`/consortia/${consortium.id}`}>
                      Members<span className="usa-sr-only"> of {consortium.name}</span>
                    </Link>
                  </div>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="companies-heading">
        <h2 id="companies-heading">Companies and their owners</h2>
        {companies.error ? <ErrorAlert error={companies.error} heading="Companies could not be loaded" /> : null}
        {companies.data && companies.data.companies.length === 0 && <p>No companies yet.</p>}
        {companies.data && companies.data.companies.length > 0 && (
          <ul className="usa-list">
            {companies.data.companies.map((company) => (
              <li key={company.id}>
                <Link to={`/companies/${company.id}/owners`}>Owners of {company.legalName}</Link>{' '}
                <span className="text-base-dark">({company.countryOfIncorporation})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
};
