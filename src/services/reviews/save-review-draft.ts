import type { Actor } from '../../core/accounts/roles.ts';
import type { Result } from '../../core/kernel/result.ts';
import type { ServiceDeps } from '../service-deps.ts';
import type { ReviewView } from './review-view.ts';
import { type ReviewInput, writeReview } from './write-review.ts';

/** Autosaves the reviewer's draft (partial scores allowed); returns it with its new updatedAt. */
export const saveReviewDraft = async (
  deps: ServiceDeps,
  actor: Actor,
  input: ReviewInput & { proposalId: string },
): Promise<Result<ReviewView>> => writeReview(deps, actor, { ...input, submit: false });
