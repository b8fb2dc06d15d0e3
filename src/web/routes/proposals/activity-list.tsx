import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { formatDateTime, formatSummary } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { useApi } from '../../components/use-api.ts';

/** The audit entries of one proposal: who did what, when. */
export const ActivityList = ({ proposalId, refreshKey }: { proposalId: string; refreshKey: string }) => {
  const { data, error, loading } = useApi(() => api.history(proposalId), [proposalId, refreshKey]);
  if (loading && !data) return <Loading label="Loading activity" />;
  if (error) return <ErrorAlert error={error} heading="Activity could not be loaded" />;
  if (!data || data.entries.length === 0) return <p>No activity recorded yet.</p>;
  return (
    <div className="aiex-dense">
      <table className="usa-table usa-table--borderless usa-table--compact width-full">
        <caption>Activity on this proposal</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Summary</th>
          </tr>
        </thead>
        <tbody>
          {data.entries.map((entry) => (
            <tr key={entry.seq}>
              <td className="text-no-wrap">{formatDateTime(entry.at)}</td>
              <td>{entry.actorName ?? entry.actorId ?? 'system'}</td>
              <td>
                <code className="font-mono-3xs">{entry.action}</code>
              </td>
              <td>{formatSummary(entry.summary)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
