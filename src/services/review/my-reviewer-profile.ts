import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { ReviewerProfileInputSchema } from '../../core/review/reviewer-profile.ts';
import { listReviewers, saveReviewerProfile } from '../../db/repos/reviewers.repo.ts';
import { notFound, refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { type ReviewerProfileView, toReviewerProfileView } from './reviewer-profile-view.ts';

/** The signed-in reviewer's own profile (defaults until first saved). */
export const getMyReviewerProfile = async (
  deps: Pick<ServiceDeps, 'db'>,
  actor: Actor,
): Promise<Result<ReviewerProfileView>> => {
  if (!can(actor, 'reviewer.profile.own')) return refused('reviewer.profile.own');
  const [me] = await listReviewers(deps.db, { userIds: [actor.userId] });
  return me ? ok(toReviewerProfileView(me)) : notFound('Reviewer');
};

/**
 * Saves the signed-in reviewer's expertise, capacity and affiliations (the list replaces the declared one), with
 * the whole declaration in the audit entry.
 */
export const saveMyReviewerProfile = async (
  deps: ServiceDeps,
  actor: Actor,
  input: unknown,
): Promise<Result<ReviewerProfileView>> => {
  if (!can(actor, 'reviewer.profile.own')) return refused('reviewer.profile.own');
  const parsed = ReviewerProfileInputSchema.safeParse(input);
  if (!parsed.success) {
    return err(
      appError(
        'invalid_input',
        'The profile has errors.',
        parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      ),
    );
  }
  const profile = parsed.data;
  const saved = await inTransaction(deps.db, async (trx) => {
    const [me] = await listReviewers(trx, { userIds: [actor.userId] });
    if (!me) return notFound('Reviewer');
    await saveReviewerProfile(trx, {
      userId: actor.userId,
      expertise: profile.expertise,
      capacity: profile.capacity,
      affiliations: profile.affiliations.map((a) => ({ ...a, id: deps.newId() })),
      now: deps.clock(),
    });
    await recordAudit(trx, deps, {
      actor,
      action: 'reviewer.profile.update',
      objectType: 'user',
      objectId: actor.userId,
      summary: { expertise: profile.expertise, capacity: profile.capacity, affiliations: profile.affiliations },
    });
    return ok(null);
  });
  if (!saved.ok) return saved;
  return getMyReviewerProfile(deps, actor);
};
