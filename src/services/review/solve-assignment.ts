import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { buildAssignmentModel } from '../../core/review/assignment-model.ts';
import { precheckAssignment } from '../../core/review/assignment-prechecks.ts';
import {
  type Assignment,
  type AssignmentReason,
  indexProblem,
  parseAssignmentProblem,
} from '../../core/review/assignment-problem.ts';
import { checkAssignment, roundScore } from '../../core/review/check-assignment.ts';
import { type SolveMipOptions, type SolveMipStats, solveMip } from '../optimisation/solve-mip.ts';

export type {
  Assignment,
  AssignmentProblemInput,
  AssignmentReason,
} from '../../core/review/assignment-problem.ts';

/** A solution: every proposal's reviewers, sorted by proposal then reviewer as the input lists them. */
export type FeasibleAssignment = { feasible: true; totalAffinity: number; assignments: Assignment[] };
/** No solution: the reasons, from the pre-checks or, when they find none, the solver's proof. */
export type InfeasibleAssignment = { feasible: false; reasons: AssignmentReason[] };
export type AssignmentOutcome = FeasibleAssignment | InfeasibleAssignment;

/** How the solve went, for benchmarks and logs (not part of the stable output). */
export type AssignmentSolveInfo = {
  /** `optimal`, or `time-limit` when the limit stopped HiGHS with a solution that is not proved optimal */
  optimality: 'optimal' | 'time-limit' | null;
  solver: SolveMipStats | null;
};

export type SolveAssignmentOptions = Pick<SolveMipOptions, 'timeLimitSeconds' | 'via'>;

/**
 * Assigns reviewers to proposals: validates the input (invalid_input naming each field), runs the pre-checks
 * (each infeasibility named before solving), builds the 0/1 model and solves it with HiGHS, maximising total
 * affinity. The answer is re-checked against every constraint before it is returned; a solver answer that
 * fails the check is an internal error, never a result. A time limit that stops the solve with a solution
 * returns it (info.optimality says so); one that stops it with none is infeasible with reason `time_limit`.
 */
export const solveAssignment = async (
  input: unknown,
  options: SolveAssignmentOptions = {},
): Promise<Result<{ outcome: AssignmentOutcome; info: AssignmentSolveInfo }>> => {
  const parsed = parseAssignmentProblem(input);
  if (!parsed.ok) return parsed;
  const indexed = indexProblem(parsed.value);
  const reasons = precheckAssignment(indexed);
  if (reasons.length > 0)
    return ok({ outcome: { feasible: false, reasons }, info: { optimality: null, solver: null } });

  const { model, pairs } = buildAssignmentModel(indexed);
  const solved = await solveMip(model, { ...options, relativeGap: 1e-6 });
  if (!solved.ok) return solved;
  const { outcome, stats } = solved.value;
  const infeasible = (reason: AssignmentReason) =>
    ok({ outcome: { feasible: false as const, reasons: [reason] }, info: { optimality: null, solver: stats } });
  if (outcome.status === 'infeasible' || outcome.status === 'infeasible-or-unbounded')
    return infeasible({
      code: 'no_solution',
      message:
        'no assignment meets every constraint together (each pre-check passes on its own): loosen maxLoad, maxPerAgency, requiredAgencies, minLoad or the forced pairs',
    });
  if (outcome.status === 'unbounded') return err(appError('internal_error', 'the assignment model is unbounded'));
  if (outcome.values === null)
    return infeasible({
      code: 'time_limit',
      message: `the solver found no assignment within the time limit of ${options.timeLimitSeconds} s`,
    });
  const assignments: Assignment[] = [];
  const { proposals, reviewers } = indexed.problem;
  pairs.forEach((pair, i) => {
    if ((outcome.values[i] ?? 0) > 0.5)
      assignments.push({
        proposal: proposals[pair.proposal]?.id ?? '',
        reviewer: reviewers[pair.reviewer]?.id ?? '',
        score: pair.score,
      });
  });
  const check = checkAssignment(indexed, assignments);
  if (check.violations.length > 0)
    return err(
      appError('internal_error', 'the solver returned an assignment that breaks a constraint', {
        violations: check.violations,
      }),
    );
  return ok({
    outcome: { feasible: true, totalAffinity: roundScore(check.totalAffinity), assignments },
    info: { optimality: outcome.status, solver: stats },
  });
};
