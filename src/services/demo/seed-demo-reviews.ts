import { insertSubmittedReview } from '../../db/repos/decisions.repo.ts';
import { recordAudit } from '../record-audit.ts';
import type { ServiceDeps } from '../service-deps.ts';

/**
 * The demo's designated package has its reviews done: one certified assignment and one submitted review per demo
 * reviewer, written with one audit entry, so the designation gate counts them.
 */
export const seedDemoReviews = async (
  deps: ServiceDeps,
  input: { proposalId: string; reviewerIds: readonly string[]; assignedBy: string },
): Promise<void> => {
  await deps.db.transaction().execute(async (trx) => {
    const at = deps.clock();
    for (const [index, reviewerId] of input.reviewerIds.entries()) {
      await insertSubmittedReview(trx, {
        assignmentId: deps.newId(),
        reviewId: deps.newId(),
        proposalId: input.proposalId,
        reviewerId,
        assignedBy: input.assignedBy,
        scores: { completeness: 4, security: 4 + (index % 2), viability: 4, strategic: 5, financing: 3 + (index % 2) },
        recommendation: 'designate',
        summary: 'Demo: a complete stack with a credible security posture and a realistic financing request.',
        at,
      });
    }
    await recordAudit(trx, deps, {
      actor: null,
      action: 'demo.reviews',
      objectType: 'proposal',
      objectId: input.proposalId,
      summary: { reviews: input.reviewerIds.length },
    });
  });
};
