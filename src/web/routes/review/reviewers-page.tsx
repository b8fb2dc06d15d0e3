import { api } from '../../api/client.ts';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { ScrollRegion } from '../../components/scroll-region.tsx';
import { useApi } from '../../components/use-api.ts';
import { relationshipWords, tagWords } from './review-words.ts';

/** Every reviewer (program officers): agency, expertise, capacity and load, declared affiliations. */
export const ReviewersPage = () => {
  const { data, error, loading } = useApi(() => api.reviewers(), []);
  return (
    <>
      <PageTitle title="Reviewers">Reviewers</PageTitle>
      <p className="usa-intro">Profiles, agencies, capacity and declared affiliations of the program’s reviewers.</p>
      {error !== null && <ErrorAlert error={error} />}
      {loading && !data && <Loading label="Loading reviewers" />}
      {data && data.reviewers.length === 0 && (
        <Alert type="info" slim>
          There are no reviewers yet.
        </Alert>
      )}
      {data && data.reviewers.length > 0 && (
        <ScrollRegion label="Reviewers">
          <table className="usa-table usa-table--borderless width-full">
            <thead>
              <tr>
                <th scope="col">Reviewer</th>
                <th scope="col">Agency</th>
                <th scope="col">Expertise</th>
                <th scope="col">Load / capacity</th>
                <th scope="col">Affiliations</th>
              </tr>
            </thead>
            <tbody>
              {data.reviewers.map((r) => (
                <tr key={r.userId}>
                  <th scope="row">
                    {r.name}
                    {r.status !== 'active' && <span className="text-base"> ({r.status})</span>}
                  </th>
                  <td>{r.agency ?? '—'}</td>
                  <td>{r.expertise.length === 0 ? '—' : r.expertise.map(tagWords).join(', ')}</td>
                  <td>
                    {r.load} / {r.capacity}
                  </td>
                  <td>
                    {r.affiliations.length === 0 ? (
                      'None declared'
                    ) : (
                      <ul className="usa-list margin-y-0">
                        {r.affiliations.map((a) => (
                          <li key={a.id}>
                            {a.companyName}
                            {a.country ? ` (${a.country})` : ''}: {relationshipWords(a.relationship)}, {a.startDate} –{' '}
                            {a.endDate ?? 'present'}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
};
