import { Link } from 'react-router-dom';
import { roleMay } from '../../../core/accounts/permissions.ts';
import { api } from '../../api/client.ts';
import type { Party, ProposalScreening } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { Loading } from '../../components/loading.tsx';
import { useApi } from '../../components/use-api.ts';
import { formatScore, HIT_STATUS_COLORS, HIT_STATUS_LABELS, KIND_LABELS } from '../compliance/hit-format.ts';

type PartyHit = ProposalScreening['hits'][number];
type Verdict = { label: string; color: string };

/** What an applicant may know of a party: cleared or under review, never which list or entry. */
const verdictOf = (hits: readonly PartyHit[]): Verdict =>
  hits.every((h) => h.status === 'false_positive')
    ? { label: 'Cleared', color: 'bg-green' }
    : { label: 'Under compliance review', color: 'bg-gold text-ink' };

const Verdict = ({ verdict }: { verdict: Verdict }) => (
  <span className={`usa-tag ${verdict.color}`}>{verdict.label}</span>
);

/**
 * The screening of each party of a proposal. Government roles see the hits (list, matched name, score, decision);
 * the applicant sees only "cleared" or "under compliance review" per party: list entries stay confidential.
 */
export const ScreeningPanel = ({ proposalId }: { proposalId: string }) => {
  const { user } = useSession();
  const { data, error, loading } = useApi(() => api.proposalScreening(proposalId), [proposalId]);
  if (!user) return null;
  const details = roleMay(user.role, 'screening.decisions.read');
  const linksToHits = roleMay(user.role, 'screening.hits.read');
  const hitsOf = (party: Party) => (data?.hits ?? []).filter((h) => h.partyId === party.id);

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
    { key: 'list', header: 'List', render: (h) => h.listSource ?? '—' },
    { key: 'entry', header: 'Entry', render: (h) => h.entryId ?? '—' },
    { key: 'score', header: 'Score', render: (h) => (h.score === undefined ? '—' : formatScore(h.score)) },
    {
      key: 'status',
      header: 'Decision',
      render: (h) => <span className={`usa-tag ${HIT_STATUS_COLORS[h.status]}`}>{HIT_STATUS_LABELS[h.status]}</span>,
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
        return (
          <div key={party.id} className="margin-top-2">
            <h3 className="margin-bottom-1">
              {party.name} <span className="text-base text-normal">· {KIND_LABELS[party.kind] ?? party.kind}</span>{' '}
              <Verdict verdict={verdictOf(hits)} />
            </h3>
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
    </section>
  );
};
