import { Link } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { formatDateTime } from '../../components/format.ts';
import { useApi } from '../../components/use-api.ts';

/** The calls open now, each with its closing time: on the applicant's dashboard and in the catalog. */
export const OpenCalls = ({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) => {
  const { data } = useApi(() => api.calls(), []);
  const open = (data?.calls ?? []).filter((call) => call.phase === 'open');
  const upcoming = (data?.calls ?? []).filter((call) => call.phase === 'upcoming');
  if (!data) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="usa-summary-box margin-y-3" aria-labelledby="open-calls-heading">
      <div className="usa-summary-box__body">
        <Heading id="open-calls-heading" className="usa-summary-box__heading">
          Calls for proposals
        </Heading>
        {open.length === 0 ? (
          <p>
            No call is open now
            {upcoming[0] ? `; the next opens ${formatDateTime(upcoming[0].opensAt)}` : ''}.
          </p>
        ) : (
          <ul className="usa-list">
            {open.map((call) => (
              <li key={call.id}>
                <a href={call.noticeUrl} rel="noreferrer" target="_blank">
                  {call.title}
                </a>{' '}
                ({call.reference}): open until {formatDateTime(call.closesAt)}
              </li>
            ))}
          </ul>
        )}
        <Link to="/calls">All calls</Link>
      </div>
    </section>
  );
};
