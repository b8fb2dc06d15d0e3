import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { roleMay } from '../../../core/accounts/permissions.ts';
import { api } from '../../api/client.ts';
import type { ListVersion } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { ListAlerts } from '../compliance/list-alerts.tsx';
import { JobStatus } from './job-status.tsx';
import { ListAge } from './list-age.tsx';
import { ageInDays, currentVersions, formatAge, previousVersion } from './list-format.ts';
import { ListImportForm } from './list-import-form.tsx';
import { RefreshSchedule } from './refresh-schedule.tsx';
import { useJob } from './use-job.ts';

type Refresh = { source: string; jobId: string | null; error: string | null };

const diffLink = (versions: readonly ListVersion[], version: ListVersion) => {
  const before = previousVersion(versions, version);
  return before ? (
    <Link className="usa-link" to={`/compliance/lists/${version.id}/diff?against=${before.id}`}>
      Changes
      <span className="usa-sr-only">
        {' '}
        in {version.source} of {version.asOf}
      </span>
    </Link>
  ) : (
    'first version'
  );
};

/** Compliance officer's lists: the current version per source with its age, refresh, import and the history. */
export const ListsPage = () => {
  const { user } = useSession();
  const mayImport = user ? roleMay(user.role, 'lists.import') : false;
  const { data, error, loading, reload } = useApi(() => api.listVersions(), []);
  const [refresh, setRefresh] = useState<Refresh | null>(null);
  const { job } = useJob(refresh?.jobId ?? null);
  const finished = job?.status === 'done' || job?.status === 'failed';
  // once the refresh this page follows has ended, show its result in the schedule and any new version
  useEffect(() => {
    if (finished) reload();
  }, [finished, reload]);
  const versions = data?.versions ?? [];
  const now = new Date();

  const onRefresh = async (source: string) => {
    setRefresh({ source, jobId: null, error: null });
    try {
      const { jobId } = await api.refreshList(source);
      setRefresh({ source, jobId, error: null });
    } catch (caught) {
      setRefresh({ source, jobId: null, error: caught instanceof Error ? caught.message : String(caught) });
    }
  };

  const currentColumns: Column<ListVersion>[] = [
    { key: 'source', header: 'Source', rowHeader: true, render: (v) => v.source },
    { key: 'entries', header: 'Entries', render: (v) => v.entryCount.toLocaleString('en-US') },
    { key: 'asOf', header: 'As of', render: (v) => v.asOf },
    {
      key: 'age',
      header: 'Age',
      render: (v) =>
        v.ageDays === undefined ? (
          formatAge(ageInDays(v.asOf, now))
        ) : (
          <ListAge list={{ ageDays: v.ageDays, stale: v.stale ?? false, maxAgeDays: v.maxAgeDays }} />
        ),
    },
    { key: 'imported', header: 'Imported', render: (v) => formatDateTime(v.importedAt) },
    { key: 'diff', header: 'Last change', render: (v) => diffLink(versions, v) },
  ];
  const historyColumns: Column<ListVersion>[] = [
    { key: 'source', header: 'Source', rowHeader: true, render: (v) => v.source },
    { key: 'asOf', header: 'As of', render: (v) => v.asOf },
    { key: 'entries', header: 'Entries', render: (v) => v.entryCount.toLocaleString('en-US') },
    { key: 'current', header: 'Current', render: (v) => (v.isCurrent ? 'yes' : 'no') },
    { key: 'imported', header: 'Imported', render: (v) => formatDateTime(v.importedAt) },
    { key: 'files', header: 'Files', render: (v) => v.files.join(', ') || '—' },
    { key: 'diff', header: 'Diff', render: (v) => diffLink(versions, v) },
  ];
  const history = [...versions].sort(
    (a, b) => a.source.localeCompare(b.source) || b.importedAt.localeCompare(a.importedAt),
  );

  return (
    <>
      <div className="aiex-title-row">
        <PageTitle title="Screening lists">Screening lists</PageTitle>
        <button type="button" className="usa-button usa-button--outline" onClick={reload}>
          Reload
        </button>
      </div>
      <p className="usa-intro margin-top-0">
        The denied-party lists that proposals' parties are screened against: the version in use per source, its age, and
        every earlier version with what changed.
      </p>
      <ListAlerts />
      {loading && !data && <Loading label="Loading the lists" />}
      {error ? <ErrorAlert error={error} heading="The lists could not be loaded" /> : null}
      {data && currentVersions(versions).length === 0 && (
        <Alert type="warning" heading="No list is loaded">
          Screening cannot clear anyone until a list is loaded: import a file below or refresh an official source.
        </Alert>
      )}
      {data && currentVersions(versions).some((v) => v.stale) && (
        <Alert type="warning" heading="A list in use is older than the maximum list age">
          {currentVersions(versions)
            .filter((v) => v.stale)
            .map((v) => `${v.source} (as of ${v.asOf}, ${formatAge(v.ageDays ?? null)} old)`)
            .join('; ')}
          : older than the program’s maximum list age of {currentVersions(versions)[0]?.maxAgeDays ?? '—'} days (setting
          maxListAgeDays). Parties screened only against stale lists are not screened; refresh or import the list.
        </Alert>
      )}
      {data && currentVersions(versions).length > 0 && (
        <section aria-labelledby="lists-current">
          <h2 id="lists-current">In use</h2>
          <DataTable
            caption="Current list versions"
            captionHidden
            columns={currentColumns}
            rows={currentVersions(versions)}
            rowKey={(v) => v.id}
            scrollLabel="Current list versions"
          />
        </section>
      )}
      {data && (
        <RefreshSchedule
          schedule={data.schedule}
          onRefresh={mayImport ? (source) => void onRefresh(source) : undefined}
          refreshing={refresh && !finished ? refresh.source : null}
        />
      )}
      {refresh?.error && (
        <ErrorAlert error={refresh.error} heading={`The refresh of ${refresh.source} could not be started`} />
      )}
      {refresh?.jobId && <JobStatus label={`Refreshing ${refresh.source}`} job={job} />}
      {mayImport && <ListImportForm onImported={reload} />}
      {data && versions.length > 0 && (
        <section aria-labelledby="lists-history" className="margin-top-4">
          <h2 id="lists-history">Version history</h2>
          <DataTable
            caption="All list versions, newest first per source"
            captionHidden
            columns={historyColumns}
            rows={history}
            rowKey={(v) => v.id}
            scrollLabel="All list versions"
            compact
          />
        </section>
      )}
    </>
  );
};
