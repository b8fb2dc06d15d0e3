import highsModule, { type Highs, type ModelData, type ModelStatusCode } from 'highs';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { lpVariableName, writeLpFormat } from '../../core/optimisation/lp-format.ts';
import type { MipModel, MipOutcome } from '../../core/optimisation/mip-model.ts';

export type SolveMipOptions = {
  /** wall-clock limit in seconds (default: none) */
  timeLimitSeconds?: number;
  /** relative MIP gap under which HiGHS calls a solution optimal (HiGHS default 1e-4) */
  relativeGap?: number;
  /** absolute MIP gap under which HiGHS calls a solution optimal (HiGHS default 1e-6) */
  absoluteGap?: number;
  /**
   * How the model reaches HiGHS: `data` (default) passes the arrays (bounds, costs, the matrix by rows) through
   * the persistent API; `lp` writes CPLEX LP text and has HiGHS parse it, which costs more time than the solve on
   * large models (see docs/review.md) and is kept for comparison and to check the LP writer.
   */
  via?: 'data' | 'lp';
};

export type SolveMipStats = {
  variables: number;
  constraints: number;
  nonzeros: number;
  /** milliseconds spent preparing the input (arrays or LP text), and in HiGHS (reading, presolve, solve) */
  prepareMs: number;
  solveMs: number;
  /** HiGHS's own status, e.g. "Optimal", "Time limit reached" */
  highsStatus: string;
  /** the relative gap between the solution and HiGHS's bound when known (0 when proved optimal to tolerance) */
  relativeGap: number | null;
};

/**
 * The loader. The package's types say ES module while its package.json says CommonJS, so TypeScript sees the
 * default import as the namespace; at run time (an ES import) it is the loader itself. Either way is handled.
 */
const highsLoader = ((highsModule as { default?: unknown }).default ?? highsModule) as typeof highsModule.default;

let runtime: Promise<Highs> | undefined;

/** The HiGHS WebAssembly runtime, loaded once per process and reused (each solve gets a fresh native model). */
const loadHighs = (): Promise<Highs> => {
  const loading =
    runtime ??
    highsLoader().catch((error: unknown) => {
      runtime = undefined;
      throw error;
    });
  runtime = loading;
  return loading;
};

const STATUS_TEXT: Record<number, string> = {
  0: 'Not Set',
  1: 'Load error',
  2: 'Model error',
  3: 'Presolve error',
  4: 'Solve error',
  5: 'Postsolve error',
  6: 'Empty',
  7: 'Optimal',
  8: 'Infeasible',
  9: 'Primal infeasible or unbounded',
  10: 'Unbounded',
  11: 'Bound on objective reached',
  12: 'Target for objective reached',
  13: 'Time limit reached',
  14: 'Iteration limit reached',
  15: 'Unknown',
  16: 'Solution limit reached',
  17: 'Interrupted',
};

const highsOptions = (options: SolveMipOptions): Record<string, number | boolean> => ({
  output_flag: false,
  ...(options.timeLimitSeconds === undefined ? {} : { time_limit: options.timeLimitSeconds }),
  ...(options.relativeGap === undefined ? {} : { mip_rel_gap: options.relativeGap }),
  ...(options.absoluteGap === undefined ? {} : { mip_abs_gap: options.absoluteGap }),
});

/** The model as HiGHS's arrays: column costs and bounds, row bounds, the matrix by rows (CSR). */
export const toHighsModelData = (highs: Highs, model: MipModel): ModelData => {
  const n = model.variables.length;
  const colCost = new Float64Array(n);
  for (const { variable, coefficient } of model.objective) colCost[variable] = (colCost[variable] ?? 0) + coefficient;
  const colLower = Float64Array.from(model.variables, (v) => v.lower ?? 0);
  const colUpper = Float64Array.from(model.variables, (v) => v.upper ?? (v.type === 'binary' ? 1 : highs.infinity));
  const integrality = Int32Array.from(model.variables, (v) =>
    v.type === 'continuous' ? highs.constants.variableType.continuous : highs.constants.variableType.integer,
  );
  const m = model.constraints.length;
  const rowLower = new Float64Array(m);
  const rowUpper = new Float64Array(m);
  let nonzeros = 0;
  for (const row of model.constraints) nonzeros += row.terms.length;
  const starts = new Int32Array(m + 1);
  const indices = new Int32Array(nonzeros);
  const values = new Float64Array(nonzeros);
  let at = 0;
  model.constraints.forEach((row, i) => {
    rowLower[i] = row.sense === '<=' ? -highs.infinity : row.rhs;
    rowUpper[i] = row.sense === '>=' ? highs.infinity : row.rhs;
    starts[i] = at;
    for (const { variable, coefficient } of row.terms) {
      indices[at] = variable;
      values[at] = coefficient;
      at++;
    }
  });
  starts[m] = at;
  return {
    numCols: n,
    numRows: m,
    sense:
      model.sense === 'maximize' ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    colCost,
    colLower,
    colUpper,
    integrality,
    rowLower,
    rowUpper,
    matrix: { format: 'csr', numRows: m, numCols: n, starts, indices, values },
  };
};

/** Integer and binary values come back within HiGHS's tolerance of a whole number (0.9999999, -1e-12): snapped. */
const snapIntegers = (model: MipModel, values: Float64Array | null): Float64Array | null => {
  if (values === null) return null;
  model.variables.forEach((v, i) => {
    if (v.type !== 'continuous') values[i] = Math.round(values[i] ?? 0) + 0;
  });
  return values;
};

const outcomeOf = (
  model: MipModel,
  status: string,
  objective: number,
  rawValues: Float64Array | null,
): Result<MipOutcome> => {
  const values = snapIntegers(model, rawValues);
  switch (status) {
    case 'Optimal':
      if (values === null) return err(appError('internal_error', 'HiGHS reported an optimum without its values'));
      return ok({ status: 'optimal', objective, values });
    case 'Time limit reached':
      return ok(
        values === null || !Number.isFinite(objective)
          ? { status: 'time-limit', objective: null, values: null }
          : { status: 'time-limit', objective, values },
      );
    case 'Infeasible':
      return ok({ status: 'infeasible' });
    case 'Unbounded':
      return ok({ status: 'unbounded' });
    case 'Primal infeasible or unbounded':
      return ok({ status: 'infeasible-or-unbounded' });
    default:
      return err(appError('internal_error', `HiGHS stopped with status "${status}"`, { highsStatus: status }));
  }
};

/**
 * Solves a mixed-integer (or plain linear) programme with HiGHS compiled to WebAssembly and maps HiGHS's status
 * to an outcome: `optimal`, `time-limit` (with the best solution found, or none), `infeasible`, `unbounded`,
 * `infeasible-or-unbounded`; integer and binary values are snapped to whole numbers. A model HiGHS cannot load or solve, or a runtime that does not load, is
 * `internal_error` with HiGHS's status in the details: nothing throws. The runtime loads once per process;
 * each call gets a fresh native model, disposed afterwards. HiGHS runs synchronously and holds the event loop.
 */
export const solveMip = async (
  model: MipModel,
  options: SolveMipOptions = {},
): Promise<Result<{ outcome: MipOutcome; stats: SolveMipStats }>> => {
  let highs: Highs;
  try {
    highs = await loadHighs();
  } catch (error) {
    return err(appError('internal_error', `the HiGHS solver could not be loaded: ${(error as Error).message}`));
  }
  const base = {
    variables: model.variables.length,
    constraints: model.constraints.length,
    nonzeros: model.constraints.reduce((sum, row) => sum + row.terms.length, 0),
  };
  const start = performance.now();
  try {
    if (options.via === 'lp') {
      const lp = writeLpFormat(model);
      const solveStart = performance.now();
      const solution = highs.solve(lp, highsOptions(options));
      const columns = solution.Columns as Record<string, { Primal?: number } | undefined>;
      let values: Float64Array | null = new Float64Array(model.variables.length);
      for (let i = 0; i < values.length; i++) {
        const primal = columns[lpVariableName(i)]?.Primal;
        if (primal === undefined) {
          values = null;
          break;
        }
        values[i] = primal;
      }
      const stats: SolveMipStats = {
        ...base,
        prepareMs: solveStart - start,
        solveMs: performance.now() - solveStart,
        highsStatus: solution.Status,
        relativeGap: null,
      };
      const outcome = outcomeOf(model, solution.Status, solution.ObjectiveValue, values);
      return outcome.ok ? ok({ outcome: outcome.value, stats }) : outcome;
    }
    const data = toHighsModelData(highs, model);
    const solveStart = performance.now();
    return highs.withModel(data, (native) => {
      native.options.set(highsOptions(options));
      const run = native.run();
      const status = STATUS_TEXT[run.modelStatus as ModelStatusCode] ?? `status ${run.modelStatus}`;
      const hasSolution = Number(native.info.get('primal_solution_status')) === 2;
      const values = hasSolution ? Float64Array.from(native.getSolution().colValue) : null;
      const objective = hasSolution ? native.getObjectiveValue() : Number.NaN;
      let relativeGap: number | null = null;
      if (model.variables.some((v) => v.type !== 'continuous') && hasSolution) {
        const gap = Number(native.info.get('mip_gap'));
        relativeGap = Number.isFinite(gap) ? gap : null;
      }
      const stats: SolveMipStats = {
        ...base,
        prepareMs: solveStart - start,
        solveMs: performance.now() - solveStart,
        highsStatus: status,
        relativeGap,
      };
      const outcome = outcomeOf(model, status, objective, values);
      return outcome.ok ? ok({ outcome: outcome.value, stats }) : outcome;
    });
  } catch (error) {
    return err(appError('internal_error', `HiGHS failed: ${(error as Error).message}`));
  }
};
