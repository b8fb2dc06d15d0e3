import { type FormEvent, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { roleMay } from '../../../core/accounts/permissions.ts';
import { formatCountries } from '../../../core/kernel/format-country.ts';
import {
  QUEUE_PAGE_SIZES,
  QUEUE_TAB_LABELS,
  QUEUE_TAB_STATUSES,
  QUEUE_TABS,
  type QueueTab,
} from '../../../core/proposal/proposal-queue.ts';
import type { QueueItem } from '../../../http/routes/proposals/proposals.schemas.ts';
import { api } from '../../api/client.ts';
import { ROLE_LABELS } from '../../auth/roles.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { StatusTag, statusLabel } from '../../components/status-tag.tsx';
import { useApi } from '../../components/use-api.ts';

const SORTS = [
  { value: 'age', label: 'Age (days since submission)' },
  { value: 'updated', label: 'Last change' },
  { value: 'title', label: 'Title' },
  { value: 'consortium', label: 'Consortium' },
  { value: 'hits', label: 'Open hits' },
  { value: 'blockers', label: 'Blockers' },
] as const;

/** The filter fields kept in the URL (so a filtered queue can be bookmarked and shared). */
const FILTER_KEYS = ['q', 'status', 'targets', 'minAge', 'maxAge', 'minHits', 'maxHits', 'minBlockers', 'maxBlockers'];

const COLUMNS: Column<QueueItem>[] = [
  {
    key: 'title',
    header: 'Title',
    rowHeader: true,
    render: (p) => (
      <Link className="usa-link" to={`/proposals/${p.id}`}>
        {p.title || 'Untitled proposal'}
      </Link>
    ),
  },
  { key: 'consortium', header: 'Consortium', render: (p) => p.consortiumName },
  {
    key: 'status',
    header: 'Status',
    render: (p) => (
      <>
        <StatusTag status={p.status} />
        <span className="usa-sr-only">{statusLabel(p.status)}</span>
      </>
    ),
  },
  {
    key: 'age',
    header: 'Age (days)',
    render: (p) =>
      p.ageDays === null ? (
        '—'
      ) : (
        <span title={p.submittedAt ? `Submitted ${formatDateTime(p.submittedAt)}` : undefined}>{p.ageDays}</span>
      ),
  },
  { key: 'targets', header: 'Targets', render: (p) => formatCountries(p.targets) },
  { key: 'hits', header: 'Open hits', render: (p) => p.openHits },
  {
    key: 'blockers',
    header: 'Blockers',
    render: (p) =>
      p.blockerCount === null ? (
        <span className="text-base">not checked yet</span>
      ) : (
        <span title={p.blockersCheckedAt ? `As of ${formatDateTime(p.blockersCheckedAt)}` : undefined}>
          {p.blockerCount}
        </span>
      ),
  },
  // review progress: a column hook, filled once reviews exist
  { key: 'review', header: 'Review', render: (p) => p.reviewProgress ?? '—' },
  { key: 'updated', header: 'Last change', render: (p) => formatDateTime(p.updatedAt) },
];

const isTab = (value: string | null): value is QueueTab => QUEUE_TABS.includes(value as QueueTab);

/** Government queue: searched, filtered, sorted and paged by the server; the URL holds every choice. */
export const QueuePage = () => {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  // the old ?show= links keep working
  const legacy = params.get('show');
  const tab: QueueTab = isTab(params.get('tab'))
    ? (params.get('tab') as QueueTab)
    : legacy === 'open'
      ? 'to_act'
      : isTab(legacy)
        ? legacy
        : 'to_act';
  const search = useMemo(() => {
    const next = new URLSearchParams(params);
    next.delete('show');
    next.set('tab', tab);
    return next.toString();
  }, [params, tab]);
  const { data, error, loading, reload } = useApi(() => api.queue(search), [search]);
  const sort = params.get('sort') ?? 'age';
  const dir = params.get('dir') ?? 'desc';
  const page = Number(params.get('page') ?? '1') || 1;
  const pageSize = Number(params.get('pageSize') ?? '25') || 25;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  const hrefWith = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    next.delete('show');
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(key);
      else next.set(key, value);
    }
    return `?${next.toString()}`;
  };

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    next.set('tab', tab);
    for (const key of [...FILTER_KEYS, 'sort', 'dir', 'pageSize']) {
      const value = String(form.get(key) ?? '').trim();
      if (value !== '') next.set(key, value);
    }
    setParams(next);
  };
  const filtered = FILTER_KEYS.some((key) => params.get(key));

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
      <nav aria-label="Queue tabs" className="aiex-tabs">
        <ul>
          {QUEUE_TABS.map((t) => (
            <li key={t}>
              <Link
                to={hrefWith({ tab: t, page: null, status: null })}
                aria-current={t === tab ? 'page' : undefined}
                className={t === tab ? 'is-active' : undefined}
              >
                {QUEUE_TAB_LABELS[t]} ({data ? data.tabCounts[t] : '…'})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form
        className="usa-form maxw-none margin-top-2"
        aria-label="Search and filter the queue"
        onSubmit={apply}
        key={search}
      >
        <div className="grid-row grid-gap-2">
          <div className="usa-form-group grid-col-12 tablet:grid-col-6 margin-top-0">
            <label className="usa-label margin-top-0" htmlFor="queue-q">
              Search title, consortium or company
            </label>
            <input id="queue-q" name="q" type="search" className="usa-input" defaultValue={params.get('q') ?? ''} />
          </div>
          <div className="usa-form-group grid-col-6 tablet:grid-col-3 margin-top-0">
            <label className="usa-label margin-top-0" htmlFor="queue-status">
              Status
            </label>
            <select id="queue-status" name="status" className="usa-select" defaultValue={params.get('status') ?? ''}>
              <option value="">Any in this tab</option>
              {QUEUE_TAB_STATUSES[tab].map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          </div>
          <div className="usa-form-group grid-col-6 tablet:grid-col-3 margin-top-0">
            <label className="usa-label margin-top-0" htmlFor="queue-targets">
              Target countries
            </label>
            <span className="usa-hint" id="queue-targets-hint">
              Codes, e.g. KE, AE
            </span>
            <input
              id="queue-targets"
              name="targets"
              className="usa-input"
              aria-describedby="queue-targets-hint"
              defaultValue={params.get('targets') ?? ''}
            />
          </div>
          {(
            [
              ['minAge', 'Age at least (days)'],
              ['maxAge', 'Age at most (days)'],
              ['minHits', 'Open hits at least'],
              ['maxHits', 'Open hits at most'],
              ['minBlockers', 'Blockers at least'],
              ['maxBlockers', 'Blockers at most'],
            ] as const
          ).map(([key, label]) => (
            <div key={key} className="usa-form-group grid-col-6 tablet:grid-col-2 margin-top-1">
              <label className="usa-label margin-top-0" htmlFor={`queue-${key}`}>
                {label}
              </label>
              <input
                id={`queue-${key}`}
                name={key}
                type="number"
                min={0}
                inputMode="numeric"
                className="usa-input"
                defaultValue={params.get(key) ?? ''}
              />
            </div>
          ))}
          <div className="usa-form-group grid-col-6 tablet:grid-col-3 margin-top-1">
            <label className="usa-label margin-top-0" htmlFor="queue-sort">
              Sort by
            </label>
            <select id="queue-sort" name="sort" className="usa-select" defaultValue={sort}>
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <div className="usa-form-group grid-col-6 tablet:grid-col-3 margin-top-1">
            <label className="usa-label margin-top-0" htmlFor="queue-dir">
              Order
            </label>
            <select id="queue-dir" name="dir" className="usa-select" defaultValue={dir}>
              <option value="desc">Highest, oldest or Z first</option>
              <option value="asc">Lowest, newest or A first</option>
            </select>
          </div>
          <div className="usa-form-group grid-col-6 tablet:grid-col-2 margin-top-1">
            <label className="usa-label margin-top-0" htmlFor="queue-page-size">
              Per page
            </label>
            <select id="queue-page-size" name="pageSize" className="usa-select" defaultValue={String(pageSize)}>
              {QUEUE_PAGE_SIZES.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="margin-top-2">
          <button type="submit" className="usa-button">
            Apply
          </button>
          {filtered && (
            <Link className="usa-button usa-button--unstyled margin-left-2" to={`?tab=${tab}`}>
              Clear filters
            </Link>
          )}
        </div>
      </form>
      {loading && !data && <Loading label="Loading the queue" />}
      {error ? <ErrorAlert error={error} heading="The queue could not be loaded" /> : null}
      {data && (
        <>
          <p className="margin-bottom-1" aria-live="polite">
            {data.total === 0 ? 'No proposals match.' : `${data.total} proposals — page ${data.page} of ${pages}.`}
          </p>
          <DataTable
            caption={`${QUEUE_TAB_LABELS[tab]}: page ${data.page} of ${pages}, ${data.total} proposals`}
            captionHidden
            columns={COLUMNS}
            rows={data.items}
            rowKey={(p) => p.id}
            scrollLabel="Proposal queue"
            empty={data.total === 0 ? null : 'No proposals on this page.'}
          />
          {pages > 1 && (
            <nav aria-label="Queue pages" className="margin-top-2 display-flex flex-align-center">
              {page > 1 ? (
                <Link className="usa-button usa-button--outline" to={hrefWith({ page: String(page - 1) })}>
                  Previous page
                </Link>
              ) : null}
              <span className="margin-x-2">
                Page {page} of {pages}
              </span>
              {page < pages ? (
                <Link className="usa-button usa-button--outline" to={hrefWith({ page: String(page + 1) })}>
                  Next page
                </Link>
              ) : null}
            </nav>
          )}
        </>
      )}
    </>
  );
};
