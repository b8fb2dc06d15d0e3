/**
 * A mixed-integer linear programme as plain data, built purely in core and handed to a solver by
 * `services/optimisation/solve-mip.ts`. Variables and rows are referred to by their index; the names are for
 * people (error messages, the written LP file's comments are not kept) and need not be unique.
 */
export type MipVariableType = 'binary' | 'integer' | 'continuous';

export type MipVariable = {
  name: string;
  type: MipVariableType;
  /** default 0 */
  lower?: number;
  /** default 1 for a binary, +∞ otherwise */
  upper?: number;
};

/** A coefficient on a variable, by the variable's index in `MipModel.variables`. */
export type MipTerm = { variable: number; coefficient: number };

export type MipRowSense = '<=' | '>=' | '=';

export type MipConstraint = { name: string; terms: MipTerm[]; sense: MipRowSense; rhs: number };

export type MipModel = {
  sense: 'maximize' | 'minimize';
  variables: MipVariable[];
  /** sparse: a variable not named here has cost 0 */
  objective: MipTerm[];
  constraints: MipConstraint[];
};

/** What a solver made of a model. `values[i]` is the value of `variables[i]`. */
export type MipOutcome =
  | { status: 'optimal'; objective: number; values: Float64Array }
  /** the time limit stopped the search with a solution in hand (feasible, optimality not proved) */
  | { status: 'time-limit'; objective: number; values: Float64Array }
  /** the time limit stopped the search before any solution was found */
  | { status: 'time-limit'; objective: null; values: null }
  | { status: 'infeasible' }
  | { status: 'unbounded' }
  /** HiGHS's presolve proved one or the other without telling which (with bounded variables: infeasible) */
  | { status: 'infeasible-or-unbounded' };
