import { api } from '../../api/client.ts';
import type { AuditEntry } from '../../api/types.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { formatDateTime, formatSummary } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { useApi } from '../../components/use-api.ts';

const COLUMNS: Column<AuditEntry>[] = [
  { key: 'when', header: 'When', className: 'text-no-wrap', render: (entry) => formatDateTime(entry.at) },
  { key: 'who', header: 'Who', render: (entry) => entry.actorName ?? entry.actorId ?? 'system' },
  { key: 'action', header: 'Action', render: (entry) => <code className="font-mono-3xs">{entry.action}</code> },
  { key: 'summary', header: 'Summary', render: (entry) => formatSummary(entry.summary) },
];

/** The audit entries of one proposal: who did what, when. */
export const ActivityList = ({ proposalId, refreshKey }: { proposalId: string; refreshKey: string }) => {
  const { data, error, loading } = useApi(() => api.history(proposalId), [proposalId, refreshKey]);
  if (loading && !data) return <Loading label="Loading activity" />;
  if (error) return <ErrorAlert error={error} heading="Activity could not be loaded" />;
  if (!data || data.entries.length === 0) return <p>No activity recorded yet.</p>;
  return (
    <div className="aiex-dense">
      <DataTable
        caption="Activity on this proposal"
        columns={COLUMNS}
        rows={data.entries}
        rowKey={(entry) => entry.seq}
        compact
      />
    </div>
  );
};
