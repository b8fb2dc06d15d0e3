// Reviewer-assignment benchmark: generated instances (proposals × reviewers, k = 3, sparse affinities, conflicts,
// agencies, required agencies), solved with HiGHS through solveAssignment, beside the greedy baseline.
// Usage: npm run bench:assign [-- --only 1000x250] [-- --via lp]
// Target: 1,000 × 250 solved to optimality in under 30 s on 2 cores. Wall time depends on the machine's load:
// the load average and the process's CPU time are printed with each figure.
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { indexProblem, parseAssignmentProblem } from '../../src/core/review/assignment-problem.ts';
import { greedyAssignment } from '../../src/core/review/greedy-assignment.ts';
import { solveAssignment } from '../../src/services/review/solve-assignment.ts';
import { generateInstance } from './generate.ts';

const SIZES = [
  { proposals: 200, reviewers: 60 },
  { proposals: 1_000, reviewers: 250, targetSeconds: 30 },
  { proposals: 2_000, reviewers: 300 },
];

const { values } = parseArgs({ options: { only: { type: 'string' }, via: { type: 'string' } } });
const via = values.via === 'lp' ? 'lp' : 'data';
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

console.log(
  `reviewer assignment — HiGHS (WebAssembly, one thread), model passed as ${via === 'lp' ? 'LP text' : 'arrays'}`,
);
for (const size of SIZES) {
  const name = `${size.proposals}x${size.reviewers}`;
  if (values.only && values.only !== name) continue;
  const input = generateInstance(size);
  const parsed = parseAssignmentProblem(input);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const greedyStart = performance.now();
  const greedy = greedyAssignment(indexProblem(parsed.value));
  const greedyMs = performance.now() - greedyStart;

  const loadBefore = load();
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  const solved = await solveAssignment(input, { via });
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (!solved.ok) throw new Error(solved.error.message);
  const { outcome, info } = solved.value;
  const stats = info.solver;
  console.log(`\n${name}: ${input.affinity.length} affinities given, ${input.conflicts?.length ?? 0} conflicts`);
  if (stats)
    console.log(
      `  model       ${stats.variables} variables (every non-conflicted pair), ${stats.constraints} rows, ${stats.nonzeros} nonzeros`,
    );
  if (!outcome.feasible) {
    console.log(`  infeasible: ${outcome.reasons.map((r) => r.code).join(', ')}`);
    continue;
  }
  const target = size.targetSeconds
    ? ` (target < ${size.targetSeconds} s to optimality: ${info.optimality !== 'optimal' ? 'NOT met' : seconds < size.targetSeconds ? 'met' : cpuSeconds < size.targetSeconds ? 'met in CPU time, not in wall time under this load' : 'NOT met'})`
    : '';
  console.log(
    `  solver      total affinity ${outcome.totalAffinity.toFixed(2)}, ${info.optimality}` +
      `${stats?.relativeGap === null || stats?.relativeGap === undefined ? '' : ` (gap ${stats.relativeGap.toExponential(1)})`}, ` +
      `${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU${target}`,
  );
  if (stats)
    console.log(
      `              of which preparing the input ${(stats.prepareMs / 1000).toFixed(1)} s, HiGHS ${(stats.solveMs / 1000).toFixed(1)} s`,
    );
  const gain = outcome.totalAffinity - greedy.totalAffinity;
  console.log(
    `  greedy      total affinity ${greedy.totalAffinity.toFixed(2)}, ${greedyMs.toFixed(0)} ms, ` +
      `${greedy.violations.length === 0 ? 'valid' : `${greedy.violations.length} violations (${[...new Set(greedy.violations.map((v) => v.code))].join(', ')})`}` +
      ` — solver +${gain.toFixed(2)} (${((gain / Math.max(greedy.totalAffinity, 1e-9)) * 100).toFixed(1)}%)`,
  );
  console.log(`  load average ${loadBefore} before, ${load()} after (1, 5, 15 min; ${availableParallelism()} cores)`);
}
