import { Link } from 'react-router-dom';
import { roleMay } from '../../../core/accounts/permissions.ts';
import { api } from '../../api/client.ts';
import type { ProposalScreening } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { useApi } from '../../components/use-api.ts';
import { formatScore, HIT_STATUS_COLORS, HIT_STATUS_LABELS, KIND_LABELS } from '../compliance/hit-format.ts';
import { ListAge, ListsUsed } from '../lists/list-age.tsx';
import {
  applicantVerdict,
  PARTY_STATUS_COLORS,
  PARTY_STATUS_LABELS,
  partyScreeningStatus,
} from './screening-status.ts';

type PartyHit = ProposalScreening['hits'][number];
type ScreenedParty = ProposalScreening['parties'][number];
type UsedList = NonNullable<ProposalScreening['lists']>[number];

const Tag = ({ label, color }: { label: string; color: string }) => <span className={`usa-tag ${color}`}>{label}</span>;

/** The lists a party's last screening used, each with its as-of date and age (government roles). */
const PartyLists = ({ party, lists }: { party: ScreenedParty; lists: readonly UsedList[] }) => {
  const used = (party.listVersionIds ?? []).flatMap((id) => lists.filter((l) => l.id === id));
  return (
    <p className="margin-y-1 text-base-dark">
      {party.screenedAt ? `Screened ${formatDateTime(party.screenedAt)}` : 'Never screened'}
      {used.length === 0 ? ' against no list.' : ' against '}
      {used.map((l, index) => (
        <span key={l.id}>
          {index > 0 ? '; ' : ''}
          {l.source} as of {l.asOf} (<ListAge list={l} />)
        </span>
      ))}
      {used.length > 0 ? '.' : ''}
    </p>
  );
};

/**
 * The screening of each party of a proposal. Government roles see each party's status (not screened, open hits,
 * true match, cleared), the list versions used with their age, and the hits (list, matched name, score,
 * decision); the applicant sees only "cleared" or "under compliance review" per party: lists and entries stay
 * confidential (the API does not send them).
 */
export const ScreeningPanel = ({ proposalId }: { proposalId: string }) => {
  const { user } = useSession();
  const { data, error, loading } = useApi(() => api.proposalScreening(proposalId), [proposalId]);
  if (!user) return null;
  const details = roleMay(user.role, 'screening.decisions.read');
  const linksToHits = roleMay(user.role, 'screening.hits.read');
  const hitsOf = (party: ScreenedParty) => (data?.hits ?? []).filter((h) => h.partyId === party.id);
  const lists = data?.lists ?? [];

  const hitColumns: Column<PartyHit>[] = [
    {
      key: 'matched',
      header: 'Matched list name',
      rowHeader: true,
      render: (h) =>
        linksToHits ? (
          <Link className="usa-link" to={`/compliance/hits/${h.id}`}>
            {h.matchedName ?? 'Open the hit'}
          </Link>
        ) : (
          (h.matchedName ?? '—')
        ),
    },
    {
      key: 'list',
      header: 'List',
      render: (h) => (h.listName ? `${h.listName} (${h.listSource})` : (h.listSource ?? '—')),
    },
    { key: 'entry', header: 'Entry', render: (h) => h.entryId ?? '—' },
    { key: 'score', header: 'Score', render: (h) => (h.score === undefined ? '—' : formatScore(h.score)) },
    {
      key: 'status',
      header: 'Decision',
      render: (h) => <Tag label={HIT_STATUS_LABELS[h.status]} color={HIT_STATUS_COLORS[h.status]} />,
    },
    {
      key: 'reason',
      header: 'Reason',
      render: (h) => h.adjudications?.at(-1)?.reason ?? '—',
    },
  ];

  return (
    <section className="aiex-panel margin-top-3" aria-labelledby="screening-panel-heading">
      <h2 id="screening-panel-heading" className="margin-top-0">
        Screening
      </h2>
      {loading && !data && <Loading label="Loading the screening" />}
      {error ? <ErrorAlert error={error} heading="The screening could not be loaded" /> : null}
      {data && data.parties.length === 0 && (
        <p>Not screened yet: the parties are screened against the denied-party lists once the proposal is submitted.</p>
      )}
      {data?.parties.map((party) => {
        const hits = hitsOf(party);
        const status = partyScreeningStatus(party, hits);
        return (
          <div key={party.id} className="margin-top-2">
            <h3 className="margin-bottom-1">
              {party.name} <span className="text-base text-normal">· {KIND_LABELS[party.kind] ?? party.kind}</span>{' '}
              {details ? (
                <Tag label={PARTY_STATUS_LABELS[status]} color={PARTY_STATUS_COLORS[status]} />
              ) : (
                <Tag {...applicantVerdict(status)} />
              )}
            </h3>
            {details && <PartyLists party={party} lists={lists} />}
            {details && (
              <DataTable
                caption={`Screening hits for ${party.name}`}
                captionHidden
                columns={hitColumns}
                rows={hits}
                rowKey={(h) => h.id}
                empty="No list entry resembles this party."
                scrollLabel={`Screening hits for ${party.name}`}
                compact
              />
            )}
          </div>
        );
      })}
      {details && data && data.parties.length > 0 && (
        <div className="margin-top-3">
          <h3 className="margin-bottom-1">List versions used</h3>
          {lists.length === 0 ? (
            <p>No list version: the parties were screened against nothing and are not screened.</p>
          ) : (
            <ListsUsed lists={lists} caption="List versions of the parties' last screening" />
          )}
        </div>
      )}
    </section>
  );
};
