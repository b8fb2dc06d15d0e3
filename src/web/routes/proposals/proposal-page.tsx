import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { roleMay, scopeOf } from '../../../core/accounts/permissions.ts';
import { api } from '../../api/client.ts';
import { mayOpen, PAGES } from '../../auth/pages.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorAlert } from '../../components/alert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { StatusTag } from '../../components/status-tag.tsx';
import { useApi } from '../../components/use-api.ts';
import { ActionsPanel } from './actions-panel.tsx';
import { ActivityList } from './activity-list.tsx';
import { ApplicantActions } from './applicant-actions.tsx';
import { ContentView } from './content-view.tsx';
import { FindingsList } from './findings-list.tsx';
import { ProposalEditor } from './proposal-editor.tsx';
import { ReturnedNotice } from './returned-notice.tsx';
import { ReviewsPanel } from './reviews-panel.tsx';
import { ScreeningPanel } from './screening-panel.tsx';
import { VersionHistory } from './version-history.tsx';

const TABS = [
  { key: 'content', label: 'Proposal' },
  { key: 'versions', label: 'Versions' },
  { key: 'findings', label: 'Findings' },
  { key: 'activity', label: 'Activity' },
] as const;

/** One proposal: the editor for its applicants while editable, otherwise a read-only view with workflow actions. */
export const ProposalPage = () => {
  const { id = '' } = useParams();
  const { user } = useSession();
  const [params] = useSearchParams();
  const tab = TABS.find((t) => t.key === params.get('tab'))?.key ?? 'content';
  const { data, error, loading, setData } = useApi(() => api.proposal(id), [id]);
  const navigate = useNavigate();
  const [deleted, setDeleted] = useState<string | null>(null);
  // once deleted, the editor is gone (no unsaved-changes question), then back to the list
  useEffect(() => {
    if (deleted !== null) navigate('/dashboard', { state: { notice: `Draft “${deleted}” deleted.` } });
  }, [deleted, navigate]);

  if (deleted !== null) return <Loading label="Draft deleted" />;

  if (loading && !data) return <Loading label="Loading the proposal" />;
  if (error || !data)
    return (
      <>
        <PageTitle title="Proposal">Proposal</PageTitle>
        <ErrorAlert error={error ?? 'not found'} heading="The proposal could not be loaded" />
      </>
    );
  const proposal = data.proposal;
  const onChanged = (next: typeof proposal) => setData({ proposal: next });
  const home = user && mayOpen(user.role, PAGES.dashboard) ? PAGES.dashboard : PAGES.queue;
  const back = { to: home.path, label: home.label };

  return (
    <>
      <nav className="usa-breadcrumb padding-top-0" aria-label="Breadcrumbs">
        <ol className="usa-breadcrumb__list">
          <li className="usa-breadcrumb__list-item">
            <Link className="usa-breadcrumb__link" to={back.to}>
              <span>{back.label}</span>
            </Link>
          </li>
          <li className="usa-breadcrumb__list-item usa-current" aria-current="page">
            <span>{proposal.title}</span>
          </li>
        </ol>
      </nav>
      <div className="aiex-title-row">
        <PageTitle title={proposal.title}>{proposal.title}</PageTitle>
        <StatusTag status={proposal.status} />
      </div>
      <p className="text-base-dark margin-top-0">
        {proposal.consortiumName} ·{' '}
        {proposal.currentVersion ? `version ${proposal.currentVersion}` : 'not yet submitted'} · updated{' '}
        {formatDateTime(proposal.updatedAt)}
      </p>

      <ActionsPanel proposal={proposal} onChanged={onChanged} />
      {user && roleMay(user.role, 'review.assign') && proposal.status !== 'draft' && (
        <p>
          <Link to={`/proposals/${proposal.id}/reviewers`}>Reviewers and conflicts of interest</Link>
        </p>
      )}
      <ApplicantActions proposal={proposal} onChanged={onChanged} onDeleted={() => setDeleted(proposal.title)} />
      {proposal.status === 'withdrawn' && (
        <p className="text-base-dark">Withdrawn by its applicants; the reason is in the Activity tab.</p>
      )}
      {proposal.status === 'returned' && proposal.canEdit && <ReturnedNotice proposalId={proposal.id} />}
      {user && roleMay(user.role, 'proposal.screening.read') && proposal.status !== 'draft' && (
        <ScreeningPanel proposalId={proposal.id} />
      )}
      {user && scopeOf(user.role, 'review.read') === 'all' && proposal.status !== 'draft' && (
        <ReviewsPanel proposalId={proposal.id} open={['submitted', 'under_review'].includes(proposal.status)} />
      )}

      <nav aria-label="Proposal views" className="aiex-tabs">
        <ul>
          {TABS.map((t) => (
            <li key={t.key}>
              <Link
                to={`?tab=${t.key}`}
                replace
                aria-current={t.key === tab ? 'page' : undefined}
                className={t.key === tab ? 'is-active' : undefined}
              >
                {t.key === 'content' && proposal.canEdit ? 'Edit' : t.label}
                {t.key === 'versions' && ` (${proposal.versions.length})`}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {tab === 'content' &&
        (proposal.canEdit ? (
          <ProposalEditor proposal={proposal} onChanged={onChanged} />
        ) : (
          <ContentView content={proposal.draft} />
        ))}
      {tab === 'versions' && <VersionHistory proposal={proposal} />}
      {tab === 'findings' && <FindingsList proposalId={proposal.id} />}
      {tab === 'activity' && (
        <ActivityList proposalId={proposal.id} refreshKey={`${proposal.status}-${proposal.updatedAt}`} />
      )}
    </>
  );
};
