import type { Kysely } from 'kysely';
import { type Action, can, type ProposalResource } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import type { ProposalStatus } from '../../core/proposal/proposal-status.ts';
import type { ProposalRecord } from '../../db/repos/proposals.repo.ts';
import { listPublishedAssignments, listReviews, type ReviewAssignmentState } from '../../db/repos/reviews.repo.ts';
import type { Database } from '../../db/schema.ts';
import { forbidden, loadProposalResource, loadVisibleProposal } from '../access.ts';

/** A proposal's review as one request sees it: the proposal, its published assignments and its resource. */
export type ReviewContext = {
  proposal: ProposalRecord;
  assignments: ReviewAssignmentState[];
  /** reviewers who may write: published, and certified free of conflict or waived */
  activeReviewerIds: string[];
  submittedReviewerIds: string[];
  resource: ProposalResource;
};

/** An assignment lets its reviewer review once published and certified free of conflict, or the conflict waived. */
export const isActiveAssignment = (a: ReviewAssignmentState): boolean => a.certification === 'certified' || a.waived;

/** An assignment the proposal's review waits for: every published one but a recusal that was not waived. */
export const isExpectedAssignment = (a: ReviewAssignmentState): boolean =>
  isActiveAssignment(a) || a.certification === 'pending';

/** Reviews are written and discussed while the proposal is submitted or under review, not once it is decided. */
export const REVIEWABLE_STATUSES: readonly ProposalStatus[] = ['submitted', 'under_review'];

/**
 * Loads a proposal the actor may read, its published assignments and who submitted, and asks the permissions table
 * whether the actor may take the action on its review. A proposal the actor may not read is not found; one they
 * read but may not act on is refused with the reason.
 */
export const loadReviewContext = async (
  db: Kysely<Database>,
  actor: Actor,
  input: { proposalId: string; action: Action; refusal: string; forUpdate?: boolean },
): Promise<Result<ReviewContext>> => {
  const loaded = await loadVisibleProposal(db, actor, input.proposalId, { forUpdate: input.forUpdate ?? false });
  if (!loaded.ok) return loaded;
  const proposal = loaded.value;
  const assignments = await listPublishedAssignments(db, proposal.id);
  const activeReviewerIds = assignments.filter(isActiveAssignment).map((a) => a.reviewerId);
  const submittedReviewerIds = (await listReviews(db, proposal.id))
    .filter((r) => r.status === 'submitted')
    .map((r) => r.reviewerId);
  const resource: ProposalResource = {
    ...(await loadProposalResource(db, proposal)),
    review: { activeReviewerIds, submittedReviewerIds },
  };
  if (!can(actor, input.action, resource)) return forbidden(input.refusal);
  return ok({ proposal, assignments, activeReviewerIds, submittedReviewerIds, resource });
};

/** Refuses a write once the proposal left review (decided, withdrawn, returned). */
export const checkReviewable = (proposal: Pick<ProposalRecord, 'status'>): Result<null> =>
  REVIEWABLE_STATUSES.includes(proposal.status)
    ? ok(null)
    : err(
        appError(
          'conflict',
          `The proposal is ${proposal.status.replaceAll('_', ' ')}: its review is closed to changes and new comments.`,
        ),
      );
