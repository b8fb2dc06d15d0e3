import { Link, useParams } from 'react-router-dom';
import { roleMay } from '../../../core/accounts/permissions.ts';
import { reviewsApi } from '../../api/reviews-client.ts';
import { useSession } from '../../auth/session.tsx';
import { Alert, ErrorAlert } from '../../components/alert.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useApi } from '../../components/use-api.ts';
import { ReviewDiscussion } from './review-discussion.tsx';
import { RECOMMENDATION_WORDS, ReviewForm } from './review-form.tsx';
import { ReviewsSummary } from './reviews-summary.tsx';

const UNDER_REVIEW = ['submitted', 'under_review'];

/** The others' submitted reviews with their aggregates, once the reviewer's own is in. */
const OthersReviews = ({ proposalId }: { proposalId: string }) => {
  const { data, error, loading } = useApi(() => reviewsApi.reviews(proposalId), [proposalId]);
  return (
    <section aria-labelledby="all-reviews" className="margin-top-4">
      <h2 id="all-reviews">All submitted reviews</h2>
      {loading && !data && <Loading label="Loading the reviews" />}
      {error ? <ErrorAlert error={error} heading="The reviews could not be loaded" /> : null}
      {data && <ReviewsSummary data={data} headingLevel={3} />}
    </section>
  );
};

/**
 * The reviewer's review of one assigned proposal: the rubric with autosave and submission; once submitted, the
 * review as sent, the others' reviews with the aggregates, and the discussion.
 */
export const ReviewPage = () => {
  const { proposalId = '' } = useParams();
  const { user } = useSession();
  const { data, error, loading, reload, setData } = useApi(() => reviewsApi.myReview(proposalId), [proposalId]);

  if (loading && !data) return <Loading label="Loading your review" />;
  if (error || !data)
    return (
      <>
        <PageTitle title="Review">Review</PageTitle>
        <ErrorAlert error={error ?? 'not found'} heading="Your review could not be opened" />
      </>
    );
  const { proposal, rubric, review } = data;
  const title = `Review: ${proposal.title}`;
  const open = UNDER_REVIEW.includes(proposal.status);
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <p className="text-base-dark margin-top-0">
        {proposal.consortiumName} ·{' '}
        {user && roleMay(user.role, 'proposal.read') ? (
          <Link className="usa-link" to={`/proposals/${proposal.id}`}>
            Read the proposal
          </Link>
        ) : null}
      </p>
      {review.status === 'draft' && open && (
        <ReviewForm
          key={review.updatedAt ?? 'new'}
          proposalId={proposal.id}
          rubric={rubric}
          review={review}
          onReload={reload}
          onSubmitted={(submitted) => setData({ ...data, review: submitted, blindPhaseOver: true })}
        />
      )}
      {review.status === 'draft' && !open && (
        <Alert type="info" heading="The review is closed">
          The proposal is {proposal.status.replaceAll('_', ' ')}; drafts can no longer be saved.
        </Alert>
      )}
      {review.status === 'submitted' && (
        <>
          <Alert type="success" heading="Review submitted" slim>
            Submitted {formatDateTime(review.submittedAt)}; it no longer changes.
          </Alert>
          <section aria-labelledby="my-review" data-testid="my-review">
            <h2 id="my-review">Your review</h2>
            <ul className="usa-list">
              {rubric.criteria.map((c) => (
                <li key={c.key}>
                  {c.title}: {review.scores[c.key] ?? '—'} of 5
                </li>
              ))}
            </ul>
            <p>
              Weighted mean {review.weightedMean?.toFixed(2) ?? '—'} · recommendation:{' '}
              {review.recommendation ? RECOMMENDATION_WORDS[review.recommendation] : '—'}
            </p>
            <p className="aiex-pre-wrap">{review.summary}</p>
          </section>
          <OthersReviews proposalId={proposal.id} />
          <ReviewDiscussion proposalId={proposal.id} canPost={open} />
        </>
      )}
    </>
  );
};
