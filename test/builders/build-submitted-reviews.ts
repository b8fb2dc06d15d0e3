import type { Agency } from '../../src/core/accounts/roles.ts';
import { insertUser } from '../../src/db/repos/users.repo.ts';
import type { TestApp } from '../support/test-app.ts';

export type BuildSubmittedReviewsOptions = {
  proposalId: string;
  /** how many reviews; default 3 (the program's default reviewers per proposal) */
  count?: number;
  /** each reviewer's recommendation; default designate */
  recommendation?: 'designate' | 'decline' | 'return';
  /** how the reviewers certified; default certified (no conflict) */
  certification?: 'certified' | 'recused';
};

/**
 * Submitted reviews of a proposal by new reviewers, written by direct inserts (users, certified review assignments,
 * submitted reviews): the designation gate only counts them, and the review features that write them through
 * their own services are built beside it. Returns the reviewers' ids.
 */
export const buildSubmittedReviews = async (t: TestApp, options: BuildSubmittedReviewsOptions): Promise<string[]> => {
  const now = t.deps.clock();
  const agencies = ['State', 'Energy', 'Commerce', 'War', 'OSTP'] as const satisfies readonly Agency[];
  const ids: string[] = [];
  for (let i = 0; i < (options.count ?? 3); i++) {
    const id = t.deps.newId();
    await insertUser(t.deps.db, {
      id,
      email: `reviewer-${id.slice(0, 8)}@test.aiexports.local`,
      name: `Test reviewer ${id.slice(0, 4)}`,
      role: 'reviewer',
      agency: agencies[i % agencies.length]!,
      passwordHash: 'not-a-login',
      companyIds: [],
    });
    await t.deps.db
      .insertInto('review_assignments')
      .values({
        id: t.deps.newId(),
        proposal_id: options.proposalId,
        reviewer_id: id,
        source: 'manual',
        score: null,
        assigned_by: id,
        assigned_at: now,
        published_at: now,
        certification: options.certification ?? 'certified',
        certified_at: now,
        recusal_reason: options.certification === 'recused' ? 'Test: former employer' : null,
        waived_by: null,
        waiver_reason: null,
        waived_at: null,
      })
      .execute();
    await t.deps.db
      .insertInto('reviews')
      .values({
        id: t.deps.newId(),
        proposal_id: options.proposalId,
        reviewer_id: id,
        rubric_version: 1,
        scores: JSON.stringify({ completeness: 4, security: 4, viability: 3, strategic: 5, financing: 4 }),
        recommendation: options.recommendation ?? 'designate',
        summary: 'Test: a complete, well-secured package.',
        status: 'submitted',
        updated_at: now,
        submitted_at: now,
      })
      .execute();
    ids.push(id);
  }
  return ids;
};
