import { reviewsApi } from '../../api/reviews-client.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { Loading } from '../../components/loading.tsx';
import { useApi } from '../../components/use-api.ts';
import { ReviewDiscussion } from '../reviews/review-discussion.tsx';
import { ReviewsSummary } from '../reviews/reviews-summary.tsx';

/** Program officers' and decision makers' view of a proposal's reviews: aggregates, flags, recommendations, discussion. */
export const ReviewsPanel = ({ proposalId, open }: { proposalId: string; open: boolean }) => {
  const { data, error, loading } = useApi(() => reviewsApi.reviews(proposalId), [proposalId]);
  return (
    <section aria-labelledby="reviews-panel" className="margin-top-4" data-testid="reviews-panel">
      <h2 id="reviews-panel">Reviews</h2>
      {loading && !data && <Loading label="Loading the reviews" />}
      {error ? <ErrorAlert error={error} heading="The reviews could not be loaded" /> : null}
      {data && data.progress.length === 0 && data.reviews.length === 0 ? (
        <p>No reviewer has been assigned to this proposal yet.</p>
      ) : (
        data && <ReviewsSummary data={data} headingLevel={3} />
      )}
      {data && (data.progress.length > 0 || data.reviews.length > 0) && (
        <ReviewDiscussion proposalId={proposalId} canPost={open} />
      )}
    </section>
  );
};
