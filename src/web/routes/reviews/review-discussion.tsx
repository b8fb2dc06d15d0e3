import { useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { reviewsApi } from '../../api/reviews-client.ts';
import { ErrorAlert } from '../../components/alert.tsx';
import { TextArea } from '../../components/fields.tsx';
import { formatDateTime } from '../../components/format.ts';
import { Loading } from '../../components/loading.tsx';
import { useApi } from '../../components/use-api.ts';

const ROLE_WORDS: Record<string, string> = {
  reviewer: 'reviewer',
  program_officer: 'program officer',
  decision_maker: 'decision maker',
};

/** The review discussion of a proposal: messages oldest first and a box to post (closed once the proposal is decided). */
export const ReviewDiscussion = ({ proposalId, canPost }: { proposalId: string; canPost: boolean }) => {
  const { data, error, loading, reload } = useApi(() => reviewsApi.discussion(proposalId), [proposalId]);
  const [body, setBody] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [posting, setPosting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  return (
    <section aria-labelledby="review-discussion" className="margin-top-4">
      <h2 id="review-discussion">Discussion</h2>
      {loading && !data && <Loading label="Loading the discussion" />}
      {error ? <ErrorAlert error={error} heading="The discussion could not be loaded" /> : null}
      {data && data.comments.length === 0 && <p>No messages yet.</p>}
      {data && data.comments.length > 0 && (
        <ol className="usa-list usa-list--unstyled" data-testid="review-comments">
          {data.comments.map((c) => (
            <li key={c.id} className="margin-bottom-2 border-left-05 border-base-lighter padding-left-2">
              <p className="margin-y-0 text-bold">
                {c.authorName}
                <span className="text-normal text-base-dark">
                  {' '}
                  · {ROLE_WORDS[c.authorRole] ?? c.authorRole}
                  {c.authorAgency ? `, ${c.authorAgency}` : ''} · {formatDateTime(c.createdAt)}
                </span>
              </p>
              <p className="margin-y-05 aiex-pre-wrap">{c.body}</p>
            </li>
          ))}
        </ol>
      )}
      {canPost && (
        <form
          className="usa-form usa-form--large"
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            if (body.trim() === '') {
              setFieldError('Write a message.');
              return;
            }
            setPosting(true);
            setFailure(null);
            try {
              await reviewsApi.postComment(proposalId, body);
              setBody('');
              setFieldError(undefined);
              reload();
            } catch (caught) {
              if (caught instanceof ApiError && caught.fieldErrors().body) setFieldError(caught.fieldErrors().body);
              else setFailure(caught);
            } finally {
              setPosting(false);
            }
          }}
        >
          {failure ? <ErrorAlert error={failure} heading="The message was not posted" /> : null}
          <TextArea
            path="comment"
            label="Your message"
            hint="Seen by the proposal’s reviewers who have submitted, its program officers and decision makers; recorded in the audit trail."
            error={fieldError}
            value={body}
            rows={4}
            onChange={setBody}
          />
          <button type="submit" className="usa-button" disabled={posting}>
            {posting ? 'Posting…' : 'Post message'}
          </button>
        </form>
      )}
    </section>
  );
};
