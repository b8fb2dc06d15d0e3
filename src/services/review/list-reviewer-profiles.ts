import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import { countActiveAssignments } from '../../db/repos/review-assignments.repo.ts';
import { listReviewers } from '../../db/repos/reviewers.repo.ts';
import { refused } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { type ReviewerProfileView, toReviewerProfileView } from './reviewer-profile-view.ts';

export type ReviewerListItem = ReviewerProfileView & { status: string; load: number };

/** Every reviewer's profile, agency, capacity, current load and affiliations (program officers). */
export const listReviewerProfiles = async (
  deps: Pick<ServiceDeps, 'db'>,
  actor: Actor,
): Promise<Result<ReviewerListItem[]>> => {
  if (!can(actor, 'reviewers.read')) return refused('reviewers.read');
  const load = await countActiveAssignments(deps.db);
  const reviewers = await listReviewers(deps.db);
  return ok(reviewers.map((r) => ({ ...toReviewerProfileView(r), status: r.status, load: load.get(r.userId) ?? 0 })));
};
