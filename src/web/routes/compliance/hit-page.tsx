import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { roleMay } from '../../../core/accounts/permissions.ts';
import { formatCountry } from '../../../core/kernel/format-country.ts';
import { api } from '../../api/client.ts';
import type { HitExplanation, HitStatus, ListVersion, TokenMatch } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ActionDialog } from '../../components/action-dialog.tsx';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { type Column, DataTable } from '../../components/data-table.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { ListAge } from '../lists/list-age.tsx';
import { formatScore, HIT_STATUS_COLORS, HIT_STATUS_LABELS, KIND_LABELS } from './hit-format.ts';

type Decision = Exclude<HitStatus, 'open'>;

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <>
    <dt className="text-bold margin-top-1">{label}</dt>
    <dd className="margin-left-0">{children}</dd>
  </>
);

const listText = (values: unknown): string =>
  Array.isArray(values) && values.length > 0 ? values.map(String).join(', ') : '—';

const explanationOf = (value: unknown): { text: string | null; tokens: TokenMatch[] } => {
  if (typeof value === 'string') return { text: value, tokens: [] };
  if (value && typeof value === 'object') {
    const explanation = value as HitExplanation;
    return {
      text: typeof explanation.text === 'string' ? explanation.text : null,
      tokens: Array.isArray(explanation.tokens) ? explanation.tokens : [],
    };
  }
  return { text: null, tokens: [] };
};

const TOKEN_COLUMNS: Column<TokenMatch>[] = [
  { key: 'party', header: 'Party token', render: (token) => token.query || '—' },
  { key: 'list', header: 'List token', render: (token) => token.candidate || '—' },
  { key: 'how', header: 'How', render: (token) => token.kind },
  { key: 'similarity', header: 'Similarity', render: (token) => formatScore(token.similarity) },
];

/** One hit: the screened party beside the list entry, the score and its explanation, and the decide buttons. */
export const HitPage = () => {
  const { id = '' } = useParams();
  const { user } = useSession();
  const { data, error, loading, reload } = useApi(() => api.hit(id), [id]);
  const versions = useApi(() => api.listVersions().catch(() => ({ versions: [] as ListVersion[] })), []);
  const [decision, setDecision] = useState<Decision | null>(null);
  const [done, setDone] = useState<Decision | null>(null);
  const successRef = useRef<HTMLDivElement>(null);

  // once the dialog has closed (and handed focus back), move focus to the success message
  useEffect(() => {
    if (done && decision === null) {
      const timer = setTimeout(() => successRef.current?.focus(), 50);
      return () => clearTimeout(timer);
    }
  }, [done, decision]);

  if (loading && !data) return <Loading label="Loading the hit" />;
  if (error || !data)
    return (
      <>
        <PageTitle title="Screening hit">Screening hit</PageTitle>
        <ErrorAlert error={error ?? 'Not found'} heading="The hit could not be loaded" />
        <Link className="usa-link" to="/compliance/hits">
          Back to screening hits
        </Link>
      </>
    );

  const { hit, party, entry, adjudications } = data;
  const version = versions.data?.versions.find((v) => v.id === hit.listVersionId);
  const { text, tokens } = explanationOf(hit.explanation);
  const aliases = Array.isArray(entry?.aliases) ? entry.aliases : [];
  const canDecide = user ? roleMay(user.role, 'screening.hits.adjudicate') : false;

  const decide = async (reason: string) => {
    if (!decision) return;
    await api.adjudicate(hit.id, decision, reason);
    setDone(decision);
    reload();
  };

  return (
    <>
      <p className="margin-top-0">
        <Link className="usa-link" to="/compliance/hits">
          Back to screening hits
        </Link>
      </p>
      <PageTitle title={`Screening hit: ${party.name}`}>Screening hit: {party.name}</PageTitle>
      <p className="usa-intro margin-top-0">
        <span className={`usa-tag ${HIT_STATUS_COLORS[hit.status]}`}>{HIT_STATUS_LABELS[hit.status]}</span> Score{' '}
        <strong>{formatScore(hit.score)}</strong> against the {hit.listName}
        {version ? ` (${version.source} as of ${version.asOf})` : ''}, found {formatDateTime(hit.createdAt)}.
      </p>
      {version?.stale && (
        <Alert type="warning" heading="This hit comes from a stale list version">
          {version.source} as of {version.asOf} is {version.ageDays} days old, older than the program’s maximum list age
          of {version.maxAgeDays} days. Check the entry against a current version of the list.
        </Alert>
      )}
      {done && (
        <Alert ref={successRef} type="success" heading="Decision recorded">
          The hit was marked as {HIT_STATUS_LABELS[done].toLowerCase()}.{' '}
          <Link className="usa-link" to="/compliance/hits">
            Back to the open hits
          </Link>
        </Alert>
      )}
      {hit.reusedFrom && (
        <Alert type="info" heading="Earlier decision reused">
          This party met the same unchanged list entry before; the decision on{' '}
          <Link className="usa-link" to={`/compliance/hits/${hit.reusedFrom}`}>
            the earlier hit
          </Link>{' '}
          was taken over.
        </Alert>
      )}
      <div className="grid-row grid-gap">
        <section className="tablet:grid-col-6 aiex-compare" aria-labelledby="party-heading">
          <h2 id="party-heading">Screened party</h2>
          <dl className="margin-0">
            <Row label="Name">{party.name}</Row>
            <Row label="Kind">{KIND_LABELS[party.kind] ?? party.kind}</Row>
            <Row label="Type">{party.type}</Row>
            <Row label="Country">{formatCountry(party.country)}</Row>
            <Row label="Proposal">
              {party.proposalId ? (
                <Link className="usa-link" to={`/proposals/${party.proposalId}`}>
                  View proposal
                </Link>
              ) : (
                '—'
              )}
            </Row>
          </dl>
        </section>
        <section className="tablet:grid-col-6 aiex-compare" aria-labelledby="entry-heading">
          <h2 id="entry-heading">List entry</h2>
          {entry ? (
            <dl className="margin-0">
              <Row label="Primary name">{entry.primaryName ?? '—'}</Row>
              <Row label="Matched name">{hit.matchedName}</Row>
              <Row label="Aliases">{aliases.length > 0 ? aliases.join('; ') : '—'}</Row>
              <Row label="Type">{entry.type ?? '—'}</Row>
              <Row label="Countries">{listText(entry.countries)}</Row>
              <Row label="Programs">{listText(entry.programs)}</Row>
              <Row label="List">{hit.listName}</Row>
              <Row label="Source">{entry.source ?? hit.listSource}</Row>
              <Row label="Entry id">{entry.entryId ?? hit.entryId}</Row>
              {hit.addresses.length > 0 && (
                <Row label={hit.addresses.length === 1 ? 'Address' : `Addresses (${hit.addresses.length})`}>
                  {hit.addresses.join('; ')}
                </Row>
              )}
              {hit.entryUrl && (
                <Row label="Listed at">
                  <a className="usa-link" href={hit.entryUrl} rel="noreferrer noopener" target="_blank">
                    the list's own page for this entry
                  </a>
                </Row>
              )}
              <Row label="List version">
                {version ? (
                  <>
                    {version.source}, as of {version.asOf}
                    {version.isCurrent ? ' (current)' : ' (since replaced)'}
                    {version.ageDays !== undefined && (
                      <>
                        {', '}
                        <ListAge
                          list={{
                            ageDays: version.ageDays,
                            stale: version.stale ?? false,
                            maxAgeDays: version.maxAgeDays,
                          }}
                        />
                      </>
                    )}
                  </>
                ) : (
                  hit.listVersionId
                )}
              </Row>
              {typeof entry.remarks === 'string' && entry.remarks && <Row label="Remarks">{entry.remarks}</Row>}
            </dl>
          ) : (
            <p>
              The list entry is no longer stored. Entry id {hit.entryId}, matched name {hit.matchedName}.
            </p>
          )}
        </section>
      </div>

      <h2>Why it matched</h2>
      {text && <p>{text}</p>}
      <DataTable
        caption="Token matches"
        captionHidden
        columns={TOKEN_COLUMNS}
        rows={tokens}
        // tokens have no identity and never reorder
        rowKey={(_, index) => index}
        fullWidth={false}
        empty={text ? undefined : 'No explanation was recorded.'}
      />

      <h2>Decisions</h2>
      {adjudications.length === 0 ? (
        <p>No decision yet.</p>
      ) : (
        <ul className="usa-list">
          {adjudications.map((a) => (
            <li key={a.id}>
              <strong>{HIT_STATUS_LABELS[a.decision]}</strong> on {formatDateTime(a.decidedAt)}
              {a.decidedBy && a.decidedBy === user?.id ? ' by you' : ''}
              {a.reusedFrom ? ' (reused from an earlier hit)' : ''}: {a.reason}
            </li>
          ))}
        </ul>
      )}
      {canDecide && (
        <div className="usa-button-group margin-top-2">
          <button type="button" className="usa-button usa-button--secondary" onClick={() => setDecision('true_match')}>
            True match
          </button>
          <button type="button" className="usa-button" onClick={() => setDecision('false_positive')}>
            False positive
          </button>
        </div>
      )}
      <ActionDialog
        open={decision !== null}
        title={decision === 'true_match' ? 'Confirm a true match' : 'Mark as false positive'}
        confirmLabel={decision === 'true_match' ? 'Record true match' : 'Record false positive'}
        reason="required"
        danger={decision === 'true_match'}
        onConfirm={decide}
        onClose={() => setDecision(null)}
      >
        <p>
          {party.name} against {hit.matchedName} ({hit.listSource}, entry {hit.entryId}). The decision and its reason
          are recorded in the audit trail.
        </p>
      </ActionDialog>
    </>
  );
};
