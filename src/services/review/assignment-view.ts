import type { AssignmentRecord } from '../../db/repos/review-assignments.repo.ts';

/** One assignment as the API gives it. */
export type AssignmentView = {
  proposalId: string;
  reviewerId: string;
  source: AssignmentRecord['source'];
  score: number | null;
  assignedAt: string;
  publishedAt: string | null;
  certification: AssignmentRecord['certification'];
  certifiedAt: string | null;
  recusalReason: string | null;
  waivedBy: string | null;
  waiverReason: string | null;
  waivedAt: string | null;
};

export const toAssignmentView = (a: AssignmentRecord): AssignmentView => ({
  proposalId: a.proposalId,
  reviewerId: a.reviewerId,
  source: a.source,
  score: a.score,
  assignedAt: a.assignedAt.toISOString(),
  publishedAt: a.publishedAt?.toISOString() ?? null,
  certification: a.certification,
  certifiedAt: a.certifiedAt?.toISOString() ?? null,
  recusalReason: a.recusalReason,
  waivedBy: a.waivedBy,
  waiverReason: a.waiverReason,
  waivedAt: a.waivedAt?.toISOString() ?? null,
});
