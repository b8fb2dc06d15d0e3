import type { ReviewCommentRecord } from '../../db/repos/reviews.repo.ts';

export type ReviewCommentView = {
  id: string;
  authorId: string;
  authorName: string;
  authorRole: string;
  authorAgency: string | null;
  body: string;
  createdAt: string;
};

export const toCommentView = (c: ReviewCommentRecord): ReviewCommentView => ({
  id: c.id,
  authorId: c.authorId,
  authorName: c.authorName,
  authorRole: c.authorRole,
  authorAgency: c.authorAgency,
  body: c.body,
  createdAt: c.createdAt.toISOString(),
});

export const AFTER_OWN_REVIEW =
  'The review discussion opens to a reviewer once they have submitted their own review; program officers and decision makers take part at any time.';

/** The longest comment (characters). */
export const MAX_COMMENT_LENGTH = 10_000;
