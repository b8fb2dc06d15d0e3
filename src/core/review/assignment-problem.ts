import { z } from 'zod';
import { type AppError, appError, type FieldError } from '../kernel/errors.ts';
import { err, ok, type Result } from '../kernel/result.ts';

/**
 * The reviewer-assignment problem, the stable input of `aiexports assign` and of `solveAssignment`: every
 * proposal gets exactly `reviewersPerProposal` reviewers, each reviewer between `minLoad` and `maxLoad`
 * reviews, no conflicted pair, at most `maxPerAgency` reviewers of one agency on a proposal, at least one of
 * each of a proposal's `requiredAgencies`, forced pairs kept; total affinity maximised (a pair with no affinity
 * given scores 0). Objects are strict: an unknown key (a typo such as `maxload`) is an error naming it.
 */
const Id = z.string().trim().min(1, 'an id of at least 1 character').max(200);
const Agency = z.string().trim().min(1, 'an agency name').max(100);
const Count = z.number().int('a whole number').min(0, 'must be 0 or more');

export const AssignmentProposalSchema = z.strictObject({
  id: Id,
  requiredAgencies: z.array(Agency).max(50).default([]),
});

export const AssignmentReviewerSchema = z.strictObject({
  id: Id,
  agency: Agency,
  minLoad: Count.max(10_000).default(0),
  maxLoad: Count.max(10_000),
});

export const AssignmentPairSchema = z.strictObject({ proposal: Id, reviewer: Id });

export const AffinityEntrySchema = z.strictObject({
  proposal: Id,
  reviewer: Id,
  score: z.number().min(-1_000_000).max(1_000_000),
});

/** Upper bounds that keep one problem within what a solve in one process can hold. */
export const ASSIGNMENT_LIMITS = { proposals: 10_000, reviewers: 2_000, reviewersPerProposal: 50 } as const;

export const AssignmentProblemSchema = z
  .strictObject({
    reviewersPerProposal: z
      .number()
      .int('a whole number')
      .min(1, 'at least 1 reviewer per proposal')
      .max(ASSIGNMENT_LIMITS.reviewersPerProposal),
    maxPerAgency: z.number().int('a whole number').min(1, 'at least 1'),
    proposals: z.array(AssignmentProposalSchema).min(1, 'at least one proposal').max(ASSIGNMENT_LIMITS.proposals),
    reviewers: z.array(AssignmentReviewerSchema).min(1, 'at least one reviewer').max(ASSIGNMENT_LIMITS.reviewers),
    affinity: z.array(AffinityEntrySchema).max(ASSIGNMENT_LIMITS.proposals * ASSIGNMENT_LIMITS.reviewers),
    conflicts: z
      .array(AssignmentPairSchema)
      .max(ASSIGNMENT_LIMITS.proposals * ASSIGNMENT_LIMITS.reviewers)
      .default([]),
    forced: z
      .array(AssignmentPairSchema)
      .max(ASSIGNMENT_LIMITS.proposals * ASSIGNMENT_LIMITS.reviewers)
      .default([]),
  })
  .superRefine((problem, ctx) => {
    const proposalIds = new Set<string>();
    problem.proposals.forEach((p, i) => {
      if (proposalIds.has(p.id))
        ctx.addIssue({ code: 'custom', path: ['proposals', i, 'id'], message: `duplicate proposal id "${p.id}"` });
      proposalIds.add(p.id);
    });
    const reviewerIds = new Set<string>();
    problem.reviewers.forEach((r, i) => {
      if (reviewerIds.has(r.id))
        ctx.addIssue({ code: 'custom', path: ['reviewers', i, 'id'], message: `duplicate reviewer id "${r.id}"` });
      reviewerIds.add(r.id);
      if (r.maxLoad >= 0 && r.minLoad > r.maxLoad)
        ctx.addIssue({
          code: 'custom',
          path: ['reviewers', i, 'minLoad'],
          message: `minLoad ${r.minLoad} is above maxLoad ${r.maxLoad}`,
        });
    });
    const pairs = (list: 'affinity' | 'conflicts' | 'forced', unique: boolean) => {
      const seen = new Set<string>();
      problem[list].forEach((pair, i) => {
        if (!proposalIds.has(pair.proposal))
          ctx.addIssue({ code: 'custom', path: [list, i, 'proposal'], message: `unknown proposal "${pair.proposal}"` });
        if (!reviewerIds.has(pair.reviewer))
          ctx.addIssue({ code: 'custom', path: [list, i, 'reviewer'], message: `unknown reviewer "${pair.reviewer}"` });
        const key = pairKey(pair.proposal, pair.reviewer);
        if (unique && seen.has(key))
          ctx.addIssue({
            code: 'custom',
            path: [list, i],
            message: `the pair ${pair.proposal}/${pair.reviewer} is given twice`,
          });
        seen.add(key);
      });
    };
    pairs('affinity', true);
    pairs('conflicts', false);
    pairs('forced', true);
  });

export type AssignmentProblemInput = z.input<typeof AssignmentProblemSchema>;
export type AssignmentProblem = z.output<typeof AssignmentProblemSchema>;
export type AssignmentPair = z.output<typeof AssignmentPairSchema>;

/** One reviewer on one proposal, with the pair's affinity. */
export type Assignment = { proposal: string; reviewer: string; score: number };

/** Why a problem cannot be solved, or why a set of assignments breaks a constraint. */
export type AssignmentReason = { code: string; message: string };

const pairKey = (proposal: string, reviewer: string): string => `${proposal}\u0000${reviewer}`;

/** A zod issue path as people write it: `reviewers[3].maxLoad`. */
export const formatIssuePath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );

/** Validates an assignment problem: field-level errors (`invalid_input`, details `[{ path, message }]`). */
export const parseAssignmentProblem = (input: unknown): Result<AssignmentProblem> => {
  const parsed = AssignmentProblemSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const details: FieldError[] = parsed.error.issues.map((issue) => ({
    path: formatIssuePath(issue.path) || '(input)',
    message: issue.message,
  }));
  const shown = details.slice(0, 20).map((d) => `  ${d.path}: ${d.message}`);
  if (details.length > 20) shown.push(`  … and ${details.length - 20} more`);
  const error: AppError = appError(
    'invalid_input',
    `the assignment problem is not valid:\n${shown.join('\n')}`,
    details,
  );
  return err(error);
};

/**
 * A problem with its ids turned into indices, for the pre-checks, the model, the checker and the greedy
 * baseline. Proposal p and reviewer r are positions in `problem.proposals` and `problem.reviewers`.
 */
export type IndexedProblem = {
  problem: AssignmentProblem;
  k: number;
  proposalIndex: ReadonlyMap<string, number>;
  reviewerIndex: ReadonlyMap<string, number>;
  /** the agencies, each reviewer's agency as an index into it, and each proposal's required agencies (deduplicated) */
  agencies: readonly string[];
  reviewerAgency: Int32Array;
  requiredAgencies: readonly (readonly number[])[];
  /** affinity of the pair, 0 when not given */
  score: (p: number, r: number) => number;
  conflicted: (p: number, r: number) => boolean;
  /** forced reviewers per proposal */
  forcedByProposal: readonly (readonly number[])[];
  isForced: (p: number, r: number) => boolean;
};

export const indexProblem = (problem: AssignmentProblem): IndexedProblem => {
  const proposalIndex = new Map(problem.proposals.map((p, i) => [p.id, i]));
  const reviewerIndex = new Map(problem.reviewers.map((r, i) => [r.id, i]));
  const agencyIndex = new Map<string, number>();
  const agencyOf = (name: string): number => {
    let index = agencyIndex.get(name);
    if (index === undefined) {
      index = agencyIndex.size;
      agencyIndex.set(name, index);
    }
    return index;
  };
  const reviewerAgency = Int32Array.from(problem.reviewers, (r) => agencyOf(r.agency));
  const requiredAgencies = problem.proposals.map((p) => [...new Set(p.requiredAgencies.map(agencyOf))]);
  const R = problem.reviewers.length;
  const key = (p: number, r: number) => p * R + r;
  const at = (pair: { proposal: string; reviewer: string }): number =>
    key(proposalIndex.get(pair.proposal) ?? -1, reviewerIndex.get(pair.reviewer) ?? -1);
  const scores = new Map<number, number>();
  for (const a of problem.affinity) scores.set(at(a), a.score);
  const conflicts = new Set(problem.conflicts.map(at));
  const forced = new Set(problem.forced.map(at));
  const forcedByProposal: number[][] = problem.proposals.map(() => []);
  for (const f of problem.forced)
    forcedByProposal[proposalIndex.get(f.proposal) ?? 0]?.push(reviewerIndex.get(f.reviewer) ?? 0);
  return {
    problem,
    k: problem.reviewersPerProposal,
    proposalIndex,
    reviewerIndex,
    agencies: [...agencyIndex.keys()],
    reviewerAgency,
    requiredAgencies,
    score: (p, r) => scores.get(key(p, r)) ?? 0,
    conflicted: (p, r) => conflicts.has(key(p, r)),
    forcedByProposal,
    isForced: (p, r) => forced.has(key(p, r)),
  };
};
