import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { appError } from '../../../core/kernel/errors.ts';
import { type AssignmentOutcome, solveAssignment } from '../../../services/review/solve-assignment.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_FINDINGS, EXIT_OK } from '../../exit-codes.ts';
import { fail, failUsage } from '../../fail.ts';
import { formatOption, numberOption } from '../export-control/options.ts';

const usage = `Usage: aiexports assign --input FILE.json [--format json|table] [--time-limit SECONDS]

Assigns reviewers to proposals with the HiGHS MIP solver, maximising total affinity: exactly
reviewersPerProposal reviewers per proposal, each reviewer between minLoad and maxLoad, no conflicted
pair, at most maxPerAgency reviewers of one agency on a proposal, at least one of each requiredAgencies,
forced pairs kept. A pair with no affinity scores 0. Use "-" as FILE to read standard input.
Input and output are described in docs/review.md.

  --input FILE.json      the problem (reviewersPerProposal, maxPerAgency, proposals, reviewers,
                         affinity, and optionally conflicts, forced)
  --format json|table    default json: { "feasible", "totalAffinity", "assignments": [{ "proposal",
                         "reviewer", "score" }] } or { "feasible": false, "reasons": [{ "code", "message" }] }
  --time-limit SECONDS   stop the solver after this long (default: none)

Exit codes: 0 assigned, 1 infeasible (the reasons are printed), 2 invalid input (each field named).
`;

const table = (outcome: AssignmentOutcome): string => {
  if (!outcome.feasible)
    return `${['No assignment is possible:', ...outcome.reasons.map((r) => `  [${r.code}] ${r.message}`)].join('\n')}\n`;
  const byProposal = new Map<string, string[]>();
  for (const a of outcome.assignments)
    byProposal.set(a.proposal, [...(byProposal.get(a.proposal) ?? []), `${a.reviewer} (${a.score})`]);
  const width = Math.max(8, ...[...byProposal.keys()].map((id) => id.length));
  const lines = [
    `${outcome.assignments.length} assignments, total affinity ${outcome.totalAffinity}`,
    '',
    `${'proposal'.padEnd(width)}  reviewers (affinity)`,
    ...[...byProposal].map(([id, reviewers]) => `${id.padEnd(width)}  ${reviewers.join(', ')}`),
  ];
  return `${lines.join('\n')}\n`;
};

export const assignCommand: CliCommand = {
  name: 'assign',
  summary: 'Assign reviewers to proposals: maximum affinity under loads, agencies, conflicts (HiGHS)',
  usage,
  run: async (argv, io) => {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { input: { type: 'string' }, format: { type: 'string' }, 'time-limit': { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
    const format = formatOption(values.format, ['json', 'table'] as const, 'json');
    if (format.error) return failUsage(io, 'assign', format.error);
    const timeLimit = numberOption('time-limit', values['time-limit']);
    if (timeLimit.error) return failUsage(io, 'assign', timeLimit.error);
    const file = values.input;
    if (file === undefined || positionals.length > 0)
      return failUsage(io, 'assign', 'give the problem as --input FILE.json');
    let text: string;
    try {
      text = file === '-' ? await io.readStdin() : await readFile(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      return failUsage(io, 'assign', `cannot read ${file}: ${(error as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return fail(io, 'assign', appError('invalid_input', `${file} is not valid JSON: ${(error as Error).message}`));
    }
    const solved = await solveAssignment(
      json,
      timeLimit.value === undefined ? {} : { timeLimitSeconds: timeLimit.value },
    );
    if (!solved.ok) return fail(io, 'assign', solved.error);
    const { outcome } = solved.value;
    io.stdout(format.value === 'table' ? table(outcome) : `${JSON.stringify(outcome, null, 2)}\n`);
    return outcome.feasible ? EXIT_OK : EXIT_FINDINGS;
  },
};
