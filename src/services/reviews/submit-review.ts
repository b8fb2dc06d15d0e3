import type { Actor } from '../../core/accounts/roles.ts';
import type { Result } from '../../core/kernel/result.ts';
import type { ServiceDeps } from '../service-deps.ts';
import type { ReviewView } from './review-view.ts';
import { type ReviewInput, writeReview } from './write-review.ts';

/**
 * Submits the reviewer's review with its final content: every criterion scored, a recommendation and a summary.
 * Frozen afterwards; the blind phase ends for this reviewer.
 */
export const submitReview = async (
  deps: ServiceDeps,
  actor: Actor,
  input: ReviewInput & { proposalId: string },
): Promise<Result<ReviewView>> => writeReview(deps, actor, { ...input, submit: true });
