import type { Kysely } from 'kysely';
import { can } from '../../core/accounts/permissions.ts';
import type { Actor, Agency } from '../../core/accounts/roles.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import type { ProposalStatus } from '../../core/proposal/proposal-status.ts';
import { ASSIGNABLE_STATUSES } from '../../core/review/assignment.ts';
import type { Conflict } from '../../core/review/conflicts.ts';
import { DEFAULT_REVIEWER_CAPACITY } from '../../core/review/reviewer-profile.ts';
import type { ProposalRecord } from '../../db/repos/proposals.repo.ts';
import { countActiveAssignments, listAssignmentsOfProposal } from '../../db/repos/review-assignments.repo.ts';
import { listReviewers } from '../../db/repos/reviewers.repo.ts';
import type { Database } from '../../db/schema.ts';
import { loadVisibleProposal, refused } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { type AssignmentView, toAssignmentView } from './assignment-view.ts';
import { conflictsWithProposal } from './review-conflicts.ts';

export type PanelReviewer = {
  userId: string;
  name: string;
  agency: Agency | null;
  expertise: string[];
  capacity: number;
  /** assignments held across proposals, recusals aside */
  load: number;
  conflicts: Conflict[];
  assignment: AssignmentView | null;
};

/** A proposal's reviewers as the program officer assigns them: every reviewer, its conflicts and assignment. */
export type ProposalReviewPanel = {
  proposalId: string;
  title: string;
  status: ProposalStatus;
  /** whether reviewers may be assigned in this status */
  assignable: boolean;
  /** assigned reviewers not yet published to */
  unpublished: number;
  reviewers: PanelReviewer[];
};

export const isAssignable = (status: ProposalStatus): boolean =>
  (ASSIGNABLE_STATUSES as readonly ProposalStatus[]).includes(status);

/** Builds the panel of an already loaded proposal (also the answer of each assignment change). */
export const buildReviewPanel = async (
  db: Kysely<Database>,
  proposal: ProposalRecord,
  now: Date,
): Promise<ProposalReviewPanel> => {
  const reviewers = (await listReviewers(db)).filter((r) => r.status === 'active');
  const assignments = await listAssignmentsOfProposal(db, proposal.id);
  // assigned reviewers who were since deactivated stay visible, so they can be removed
  const assignedIds = new Set(assignments.map((a) => a.reviewerId));
  const missing = [...assignedIds].filter((id) => !reviewers.some((r) => r.userId === id));
  const all = [...reviewers, ...(await listReviewers(db, { userIds: missing }))];
  const conflicts = await conflictsWithProposal(
    db,
    proposal,
    all.map((r) => r.userId),
    now,
  );
  const load = await countActiveAssignments(db);
  return {
    proposalId: proposal.id,
    title: proposal.draft.title,
    status: proposal.status,
    assignable: isAssignable(proposal.status),
    unpublished: assignments.filter((a) => a.publishedAt === null).length,
    reviewers: all.map((r) => {
      const assignment = assignments.find((a) => a.reviewerId === r.userId);
      return {
        userId: r.userId,
        name: r.name,
        agency: r.agency,
        expertise: r.expertise,
        capacity: r.capacity ?? DEFAULT_REVIEWER_CAPACITY,
        load: load.get(r.userId) ?? 0,
        conflicts: conflicts.get(r.userId) ?? [],
        assignment: assignment ? toAssignmentView(assignment) : null,
      };
    }),
  };
};

/** The program officer's reviewers panel of one proposal. */
export const getProposalReviewPanel = async (
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  actor: Actor,
  proposalId: string,
): Promise<Result<ProposalReviewPanel>> => {
  if (!can(actor, 'review.assign')) return refused('review.assign');
  const loaded = await loadVisibleProposal(deps.db, actor, proposalId);
  if (!loaded.ok) return loaded;
  return ok(await buildReviewPanel(deps.db, loaded.value, deps.clock()));
};
