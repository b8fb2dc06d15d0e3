import { useEffect, useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { roleMay } from '../../../core/accounts/permissions.ts';
import { api } from '../../api/client.ts';
import type { Hit, HitStatus } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { BulkDecisionForm, type BulkOutcome } from './bulk-decision-form.tsx';
import { formatScore, HIT_STATUS_COLORS, HIT_STATUS_LABELS, KIND_LABELS } from './hit-format.ts';
import { ListAlerts } from './list-alerts.tsx';

const FILTERS: { key: string; label: string; statuses: HitStatus[] }[] = [
  { key: 'open', label: 'Open', statuses: ['open'] },
  { key: 'decided', label: 'Decided', statuses: ['true_match', 'false_positive'] },
];

const hitLabel = (hit: Hit) =>
  `${hit.party.name} (${KIND_LABELS[hit.party.kind] ?? hit.party.kind}) against ${hit.matchedName} (${hit.listName})`;

/** The hits the filters let through: a list by its readable name, a party whose name contains the search. */
const filterHits = (hits: readonly Hit[], filter: { list: string; q: string }): Hit[] => {
  const q = filter.q.trim().toLowerCase();
  return hits.filter(
    (hit) =>
      (filter.list === '' || hit.listName === filter.list) && (q === '' || hit.party.name.toLowerCase().includes(q)),
  );
};

const BASE_COLUMNS: Column<Hit>[] = [
  {
    key: 'party',
    header: 'Party',
    rowHeader: true,
    render: (hit) => (
      <Link className="usa-link" to={`/compliance/hits/${hit.id}`}>
        {hit.party.name}
      </Link>
    ),
  },
  { key: 'kind', header: 'Kind', render: (hit) => KIND_LABELS[hit.party.kind] ?? hit.party.kind },
  {
    key: 'proposal',
    header: 'Proposal',
    render: (hit) =>
      hit.party.proposalId ? (
        <Link className="usa-link" to={`/proposals/${hit.party.proposalId}`}>
          View proposal
        </Link>
      ) : (
        '—'
      ),
  },
  { key: 'list', header: 'List', render: (hit) => hit.listName },
  { key: 'matched', header: 'Matched name', render: (hit) => hit.matchedName },
  { key: 'score', header: 'Score', render: (hit) => formatScore(hit.score) },
  {
    key: 'decision',
    header: 'Decision',
    render: (hit) => (
      <span className={`usa-tag ${HIT_STATUS_COLORS[hit.status]}`}>{HIT_STATUS_LABELS[hit.status]}</span>
    ),
  },
  { key: 'created', header: 'Created', render: (hit) => formatDateTime(hit.createdAt) },
];

/** The "select all on this page" box: checked when every shown hit is, mixed when some are. */
const SelectAll = ({
  shown,
  selected,
  onChange,
}: {
  shown: number;
  selected: number;
  onChange: (all: boolean) => void;
}) => {
  const ref = useRef<HTMLInputElement>(null);
  const id = useId();
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = selected > 0 && selected < shown;
  }, [selected, shown]);
  return (
    <span className="aiex-select">
      <input
        ref={ref}
        id={id}
        type="checkbox"
        checked={shown > 0 && selected === shown}
        onChange={(event) => onChange(event.target.checked)}
      />{' '}
      <label htmlFor={id}>Select all on this page</label>
    </span>
  );
};

/**
 * Compliance officer's list of screening hits: open ones to adjudicate (one at a time on the hit's page, or
 * several at once with one decision and one reason), decided ones a click away; filtered by list and party.
 */
export const HitsPage = () => {
  const { user } = useSession();
  const mayDecide = user ? roleMay(user.role, 'screening.hits.adjudicate') : false;
  const [params, setParams] = useSearchParams();
  const ids = { q: useId(), list: useId() };
  const filter = FILTERS.find((f) => f.key === params.get('show')) ?? FILTERS[0]!;
  const listFilter = params.get('list') ?? '';
  const q = params.get('q') ?? '';
  const { data, error, loading, reload } = useApi(async () => {
    const lists = await Promise.all(filter.statuses.map((status) => api.hits(status)));
    return lists.flatMap((list) => list.hits).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, [filter.key]);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const all = data ?? [];
  const rows = filterHits(all, { list: listFilter, q });
  const listNames = [...new Set(all.map((h) => h.listName))].sort();
  const bulk = mayDecide && filter.key === 'open';
  // only the hits shown count as selected: a filter never lets a hidden hit be decided
  const chosen = rows.filter((h) => selected.has(h.id));
  const refusedById = new Map(outcome && !outcome.ok ? outcome.refused.map((r) => [r.id, r.message]) : []);

  const setParam = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value === '') next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  const columns: Column<Hit>[] = [
    ...(bulk
      ? [
          {
            key: 'select',
            header: (
              <SelectAll
                shown={rows.length}
                selected={chosen.length}
                onChange={(on) => setSelected(on ? new Set(rows.map((h) => h.id)) : new Set())}
              />
            ),
            render: (hit: Hit) => (
              <input
                type="checkbox"
                aria-label={`Select ${hitLabel(hit)}`}
                checked={selected.has(hit.id)}
                onChange={(event) => toggle(hit.id, event.target.checked)}
              />
            ),
          },
        ]
      : []),
    ...(filter.key === 'open' ? BASE_COLUMNS.filter((column) => column.key !== 'decision') : BASE_COLUMNS),
    ...(refusedById.size > 0
      ? [
          {
            key: 'problem',
            header: 'Problem',
            render: (hit: Hit) =>
              refusedById.has(hit.id) ? <span className="usa-error-message">{refusedById.get(hit.id)}</span> : '—',
          },
        ]
      : []),
  ];

  const onOutcome = (next: BulkOutcome) => {
    setOutcome(next);
    if (next.ok) setSelected(new Set());
    reload();
  };

  return (
    <>
      <div className="aiex-title-row">
        <PageTitle title="Screening hits">Screening hits</PageTitle>
        <button type="button" className="usa-button usa-button--outline" onClick={reload}>
          Refresh
        </button>
      </div>
      <p className="usa-intro margin-top-0">
        Parties of proposals that resemble an entry of a denied-party list. Compare each one with the list entry and
        decide whether it is a true match or a false positive.
      </p>
      <ListAlerts />
      <nav aria-label="Hit filters" className="aiex-tabs">
        <ul>
          {FILTERS.map((f) => (
            <li key={f.key}>
              <Link
                to={`?show=${f.key}`}
                replace
                aria-current={f.key === filter.key ? 'page' : undefined}
                className={f.key === filter.key ? 'is-active' : undefined}
                onClick={() => setOutcome(null)}
              >
                {f.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form
        aria-label="Filter the hits"
        className="usa-form usa-form--large grid-row grid-gap margin-bottom-2"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="usa-form-group tablet:grid-col-6 margin-top-0">
          <label className="usa-label" htmlFor={ids.q}>
            Party name contains
          </label>
          <input
            className="usa-input"
            id={ids.q}
            type="search"
            value={q}
            onChange={(event) => setParam('q', event.target.value)}
          />
        </div>
        <div className="usa-form-group tablet:grid-col-6 margin-top-0">
          <label className="usa-label" htmlFor={ids.list}>
            List
          </label>
          <select
            className="usa-select"
            id={ids.list}
            value={listFilter}
            onChange={(event) => setParam('list', event.target.value)}
          >
            <option value="">All lists</option>
            {[...new Set([...listNames, ...(listFilter ? [listFilter] : [])])].map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </form>
      {outcome?.ok && (
        <Alert ref={outcomeRef} type="success" heading={`Decision recorded for ${outcome.decided.length} hits`}>
          <ul className="usa-list margin-y-1">
            {outcome.decided.map(({ hit, status }) => (
              <li key={hit.id}>
                <Link className="usa-link" to={`/compliance/hits/${hit.id}`}>
                  {hitLabel(hit)}
                </Link>
                : {HIT_STATUS_LABELS[status]}
              </li>
            ))}
          </ul>
          Reason: {outcome.reason}
        </Alert>
      )}
      {outcome && !outcome.ok && (
        <Alert ref={outcomeRef} type="error" heading="Nothing was decided">
          {outcome.message}
          {outcome.refused.length > 0 && (
            <ul className="usa-list margin-y-1">
              {outcome.refused.map((r) => (
                <li key={r.id}>
                  {r.hit ? hitLabel(r.hit) : r.id}: {r.message}
                </li>
              ))}
            </ul>
          )}
          Your decision and reason are kept below: change the selection and record it again.
        </Alert>
      )}
      {loading && !data && <Loading label="Loading the hits" />}
      {error ? <ErrorAlert error={error} heading="The hits could not be loaded" /> : null}
      {data && (
        <>
          <p className="margin-y-1" aria-live="polite">
            {rows.length === all.length
              ? `${all.length} ${filter.label.toLowerCase()} hits.`
              : `${rows.length} of ${all.length} ${filter.label.toLowerCase()} hits match the filters.`}
          </p>
          <DataTable
            caption={`${filter.label} screening hits: ${rows.length}`}
            captionHidden
            columns={columns}
            rows={rows}
            rowKey={(hit) => hit.id}
            empty={
              loading
                ? undefined
                : all.length === 0
                  ? `No ${filter.label.toLowerCase()} hits.`
                  : 'No hit matches the filters.'
            }
            scrollLabel={`${filter.label} screening hits`}
          />
        </>
      )}
      {bulk && data && all.length > 0 && <BulkDecisionForm selected={chosen} onOutcome={onOutcome} />}
    </>
  );
};
