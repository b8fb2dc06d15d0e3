import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api } from '../../api/client.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { formatValue } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';

type Entry = Record<string, unknown>;
type Change = { before: Entry; after: Entry; fields: string[] };

const nameOf = (entry: Entry): string => formatValue(entry.primaryName ?? entry.name ?? entry.entryId);

const ENTRY_COLUMNS: Column<Entry>[] = [
  { key: 'name', header: 'Name', rowHeader: true, render: nameOf },
  { key: 'id', header: 'Entry', render: (e) => formatValue(e.entryId) },
  { key: 'list', header: 'List', render: (e) => formatValue(e.list) },
  { key: 'countries', header: 'Countries', render: (e) => formatValue(e.countries) },
];
const CHANGE_COLUMNS: Column<Change>[] = [
  { key: 'name', header: 'Name', rowHeader: true, render: (c) => nameOf(c.after) },
  { key: 'id', header: 'Entry', render: (c) => formatValue(c.after.entryId) },
  {
    key: 'fields',
    header: 'Changed',
    render: (c) =>
      c.fields.map((field) => `${field}: ${formatValue(c.before[field])} → ${formatValue(c.after[field])}`).join('; '),
  },
];

/** What changed between two versions of a list: entries added, removed and changed. */
export const ListDiffPage = () => {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const against = params.get('against') ?? '';
  const { data, error, loading } = useApi(() => api.listDiff(id, against), [id, against]);
  const title = data ? `Changes to ${data.to.source}` : 'List changes';
  return (
    <>
      <nav className="usa-breadcrumb padding-top-0" aria-label="Breadcrumbs">
        <ol className="usa-breadcrumb__list">
          <li className="usa-breadcrumb__list-item">
            <Link className="usa-breadcrumb__link" to="/compliance/lists">
              <span>Screening lists</span>
            </Link>
          </li>
          <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
            <span>{title}</span>
          </li>
        </ol>
      </nav>
      <PageTitle title={title}>{title}</PageTitle>
      {loading && !data && <Loading label="Loading the changes" />}
      {error ? <ErrorAlert error={error} heading="The changes could not be loaded" /> : null}
      {data && (
        <>
          <p className="usa-intro margin-top-0">
            From the version as of {data.from.asOf} ({data.from.entryCount} entries) to the version as of {data.to.asOf}{' '}
            ({data.to.entryCount} entries): {data.added.length} added, {data.removed.length} removed,{' '}
            {data.changed.length} changed, {data.unchanged} unchanged.
          </p>
          <h2>Added ({data.added.length})</h2>
          <DataTable
            caption="Entries added"
            captionHidden
            columns={ENTRY_COLUMNS}
            rows={data.added}
            rowKey={(e, i) => `${formatValue(e.entryId)}-${i}`}
            empty="None."
            scrollLabel="Entries added"
          />
          <h2>Removed ({data.removed.length})</h2>
          <DataTable
            caption="Entries removed"
            captionHidden
            columns={ENTRY_COLUMNS}
            rows={data.removed}
            rowKey={(e, i) => `${formatValue(e.entryId)}-${i}`}
            empty="None."
            scrollLabel="Entries removed"
          />
          <h2>Changed ({data.changed.length})</h2>
          <DataTable
            caption="Entries changed"
            captionHidden
            columns={CHANGE_COLUMNS}
            rows={data.changed}
            rowKey={(c, i) => `${formatValue(c.after.entryId)}-${i}`}
            empty="None."
            scrollLabel="Entries changed"
          />
        </>
      )}
    </>
  );
};
