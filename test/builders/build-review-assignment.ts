import type { TestApp } from '../support/test-app.ts';
import type { BuiltUser } from './build-user.ts';

export type BuildReviewAssignmentOptions = {
  proposalId: string;
  reviewer: BuiltUser;
  /** who assigned it; default the reviewer's id is not used: pass a program officer */
  assignedBy: BuiltUser;
  /** default true: the program officer published the assignment */
  published?: boolean;
  /** default 'certified' */
  certification?: 'pending' | 'certified' | 'recused';
  /** a program officer's waiver of a declared conflict */
  waived?: boolean;
};

/**
 * A reviewer's assignment to a proposal, written straight into review_assignments (published and certified by
 * default). The assignment, certification and waiver use cases are built beside this one; until they are merged,
 * the review tests set up the row they need here, as it would stand after those steps.
 */
export const buildReviewAssignment = async (t: TestApp, options: BuildReviewAssignmentOptions): Promise<string> => {
  const id = t.deps.newId();
  const now = t.deps.clock();
  const certification = options.certification ?? 'certified';
  await t.deps.db
    .insertInto('review_assignments')
    .values({
      id,
      proposal_id: options.proposalId,
      reviewer_id: options.reviewer.id,
      source: 'manual',
      score: null,
      assigned_by: options.assignedBy.id,
      assigned_at: now,
      published_at: options.published === false ? null : now,
      certification,
      certified_at: certification === 'pending' ? null : now,
      recusal_reason: certification === 'recused' ? 'Test: declared a conflict' : null,
      waived_by: options.waived ? options.assignedBy.id : null,
      waiver_reason: options.waived ? 'Test: the conflict is remote' : null,
      waived_at: options.waived ? now : null,
    })
    .execute();
  return id;
};
