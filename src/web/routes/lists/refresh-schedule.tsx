import type { ListVersionsResponse, RefreshRun, SourceSchedule } from '../../api/types.ts';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { formatDateTime } from '../../components/format.ts';

const OUTCOME_LABELS: Record<RefreshRun['outcome'], string> = {
  queued: 'Queued',
  running: 'Running',
  retrying: 'Failed, will retry',
  failed: 'Failed',
  not_modified: 'Not modified at the source',
  unchanged: 'Fetched, identical to the current version',
  imported: 'New version imported',
  refused: 'Refused, current version kept',
};

const OUTCOME_COLORS: Record<RefreshRun['outcome'], string> = {
  queued: 'bg-base-darker',
  running: 'bg-base-darker',
  retrying: 'bg-gold text-ink',
  failed: 'bg-secondary-dark',
  not_modified: 'bg-green',
  unchanged: 'bg-green',
  imported: 'bg-green',
  refused: 'bg-secondary-dark',
};

const Run = ({ run, none }: { run: RefreshRun | null; none: string }) =>
  run === null ? (
    none
  ) : (
    <>
      {formatDateTime(run.createdAt)}{' '}
      <span className={`usa-tag ${OUTCOME_COLORS[run.outcome]}`}>{OUTCOME_LABELS[run.outcome]}</span>
      {run.trigger === 'request' ? ' (asked for)' : ''}
      {run.detail ? (
        <>
          <br />
          <span className="text-base-dark">{run.detail}</span>
        </>
      ) : null}
    </>
  );

const hoursText = (hours: number) =>
  hours === 1
    ? 'every hour'
    : hours % 24 === 0
      ? hours === 24
        ? 'daily'
        : `every ${hours / 24} days`
      : `every ${hours} hours`;

/**
 * The refresh schedule (AIEXPORTS_LIST_REFRESH_HOURS): how often the official sources are fetched, and per source
 * the last scheduled refresh with its result, the latest refresh of any kind, and when the next one is due.
 */
export const RefreshSchedule = ({
  schedule,
  onRefresh,
  refreshing,
}: {
  schedule: ListVersionsResponse['schedule'];
  /** offered to those who may import lists */
  onRefresh?: (source: string) => void;
  /** the source whose refresh this page started and follows */
  refreshing?: string | null;
}) => {
  const on = schedule.refreshHours > 0;
  const columns: Column<SourceSchedule>[] = [
    { key: 'source', header: 'Source', rowHeader: true, render: (s) => s.source },
    {
      key: 'scheduled',
      header: 'Last scheduled refresh',
      render: (s) => <Run run={s.lastScheduled} none="none yet" />,
    },
    { key: 'latest', header: 'Latest refresh', render: (s) => <Run run={s.lastRefresh} none="none yet" /> },
    {
      key: 'next',
      header: 'Next due',
      render: (s) =>
        !on
          ? 'not scheduled'
          : s.pending
            ? 'after the refresh under way'
            : s.nextDueAt
              ? formatDateTime(s.nextDueAt)
              : '—',
    },
    ...(onRefresh
      ? [
          {
            key: 'refresh',
            header: 'Refresh',
            render: (s: SourceSchedule) => (
              <button
                type="button"
                className="usa-button usa-button--outline usa-button--small"
                disabled={s.pending || refreshing === s.source}
                onClick={() => onRefresh(s.source)}
              >
                Refresh now<span className="usa-sr-only"> {s.source}</span>
              </button>
            ),
          },
        ]
      : []),
  ];
  return (
    <section aria-labelledby="lists-schedule" className="margin-top-4">
      <h2 id="lists-schedule">Refresh schedule</h2>
      <p>
        {on ? (
          <>
            The official sources are fetched <strong>{hoursText(schedule.refreshHours)}</strong> (every{' '}
            {schedule.refreshHours} hours, setting <code>AIEXPORTS_LIST_REFRESH_HOURS</code>), with retries; a source is
            due a full interval after its latest refresh.
          </>
        ) : (
          <>
            <strong>No scheduled refresh</strong>: <code>AIEXPORTS_LIST_REFRESH_HOURS</code> is 0 or the platform runs
            with demo data. Refresh a source now or import a file; lists past the maximum list age stop clearing
            parties.
          </>
        )}
      </p>
      {schedule.status.length === 0 ? (
        <p>No source has a refresh address configured (AIEXPORTS_LIST_SOURCES).</p>
      ) : (
        <DataTable
          caption="Refresh schedule per source"
          captionHidden
          columns={columns}
          rows={schedule.status}
          rowKey={(s) => s.source}
          scrollLabel="Refresh schedule per source"
          compact
        />
      )}
    </section>
  );
};
