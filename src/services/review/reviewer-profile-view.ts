import type { Agency } from '../../core/accounts/roles.ts';
import { DEFAULT_REVIEWER_CAPACITY } from '../../core/review/reviewer-profile.ts';
import type { ReviewerRecord } from '../../db/repos/reviewers.repo.ts';

/** A reviewer's profile as the API gives it (the owner, or a program officer). */
export type ReviewerProfileView = {
  userId: string;
  name: string;
  agency: Agency | null;
  expertise: string[];
  capacity: number;
  updatedAt: string | null;
  affiliations: {
    id: string;
    companyName: string;
    country: string | null;
    relationship: ReviewerRecord['affiliations'][number]['relationship'];
    startDate: string;
    endDate: string | null;
  }[];
};

export const toReviewerProfileView = (r: ReviewerRecord): ReviewerProfileView => ({
  userId: r.userId,
  name: r.name,
  agency: r.agency,
  expertise: r.expertise,
  capacity: r.capacity ?? DEFAULT_REVIEWER_CAPACITY,
  updatedAt: r.updatedAt?.toISOString() ?? null,
  affiliations: r.affiliations.map(({ userId: _u, ...a }) => a),
});
