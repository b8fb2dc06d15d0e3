import type { ProposalReviewsResponse } from '../../api/types.ts';
import { formatDateTime } from '../../components/format.ts';
import { RECOMMENDATION_WORDS } from './review-form.tsx';

const one = (value: number | null | undefined): string => (typeof value === 'number' ? value.toFixed(2) : '—');

const PROGRESS_WORDS = {
  awaiting_certification: 'awaiting conflict certification',
  recused: 'recused',
  not_started: 'not started',
  draft: 'drafting',
  submitted: 'submitted',
} as const;

/**
 * A proposal's submitted reviews: the aggregates (weighted means, per-criterion spread with disagreement flags,
 * recommendations), where each assigned reviewer stands, and every review with its summary.
 */
export const ReviewsSummary = ({ data, headingLevel = 2 }: { data: ProposalReviewsResponse; headingLevel?: 2 | 3 }) => {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const { aggregates } = data;
  const names = new Map(data.reviews.map((r) => [r.reviewerId, r]));
  return (
    <div data-testid="reviews-summary">
      <H className="margin-bottom-1">Aggregates</H>
      {aggregates.count === 0 ? (
        <p>No review has been submitted yet.</p>
      ) : (
        <>
          <p className="margin-top-0">
            {aggregates.count} submitted {aggregates.count === 1 ? 'review' : 'reviews'} · weighted mean{' '}
            <strong data-testid="proposal-mean">{one(aggregates.proposalMean)}</strong> of 5 · recommendations:{' '}
            {RECOMMENDATION_WORDS.designate} {aggregates.recommendations.designate}, {RECOMMENDATION_WORDS.decline}{' '}
            {aggregates.recommendations.decline}, {RECOMMENDATION_WORDS.return} {aggregates.recommendations.return}
          </p>
          {aggregates.disagreement && (
            <div className="usa-alert usa-alert--warning usa-alert--slim margin-y-1">
              <div className="usa-alert__body">
                <p className="usa-alert__text">
                  The reviewers disagree (scores 2 or more apart) on{' '}
                  {aggregates.criteria
                    .filter((c) => c.disagreement)
                    .map((c) => c.title)
                    .join(', ')}
                  : discuss before the decision.
                </p>
              </div>
            </div>
          )}
          <table className="usa-table usa-table--borderless usa-table--compact width-full">
            <caption className="usa-sr-only">Scores by criterion</caption>
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">Weight</th>
                <th scope="col">Scores</th>
                <th scope="col">Mean</th>
                <th scope="col">Spread</th>
              </tr>
            </thead>
            <tbody>
              {aggregates.criteria.map((c) => (
                <tr key={c.key}>
                  <th scope="row">{c.title}</th>
                  <td>{c.weight}</td>
                  <td>{c.scores.join(', ') || '—'}</td>
                  <td>{one(c.mean)}</td>
                  <td>
                    {c.spread ?? '—'}
                    {c.disagreement && <span className="usa-tag bg-secondary-dark margin-left-1">Disagreement</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {data.progress.length > 0 && (
        <>
          <Sub>Reviewers</Sub>
          <ul className="usa-list">
            {data.progress.map((p) => {
              const review = names.get(p.reviewerId);
              const agg = aggregates.reviewers.find((r) => r.reviewerId === p.reviewerId);
              return (
                <li key={p.reviewerId}>
                  {p.reviewerName}
                  {review?.reviewerAgency ? ` (${review.reviewerAgency})` : ''}: {PROGRESS_WORDS[p.state]}
                  {agg ? ` · weighted mean ${one(agg.weightedMean)} · ${RECOMMENDATION_WORDS[agg.recommendation]}` : ''}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {data.reviews.map((review) => (
        <section key={review.id ?? review.reviewerId} className="margin-top-2 aiex-review-card">
          <Sub>
            {review.reviewerName}
            {review.reviewerAgency ? `, ${review.reviewerAgency}` : ''}
          </Sub>
          <p className="margin-y-05 text-base-dark">
            Submitted {formatDateTime(review.submittedAt)} · rubric version {review.rubricVersion} · weighted mean{' '}
            {one(review.weightedMean)} ·{' '}
            {review.recommendation ? `recommends: ${RECOMMENDATION_WORDS[review.recommendation]}` : ''}
          </p>
          <p className="aiex-pre-wrap">{review.summary}</p>
        </section>
      ))}
    </div>
  );
};
