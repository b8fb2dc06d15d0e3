import type { MipModel, MipTerm } from './mip-model.ts';

/** Longest line written: well under the 255 characters some LP readers accept, and easy to read in an editor. */
const MAX_LINE = 200;

/** The LP-file name of variable i: short and always legal (names are kept for people, not for the file). */
export const lpVariableName = (index: number): string => `x${index}`;

/** A number as LP text (shortest round-trip form); throws on a non-finite one. */
const num = (value: number): string => {
  if (!Number.isFinite(value)) throw new Error(`non-finite number ${value} in a model`);
  return String(value);
};

/** Appends ` + 3 x1 - 2 x4 …` to lines, wrapping before MAX_LINE; a row with no term writes `0 x0`. */
const writeTerms = (lines: string[], head: string, terms: readonly MipTerm[]): string => {
  let line = head;
  let first = true;
  for (const { variable, coefficient } of terms) {
    if (coefficient === 0) continue;
    const sign = coefficient < 0 ? '-' : first ? '' : '+';
    const magnitude = Math.abs(coefficient);
    const piece = `${sign ? `${sign} ` : ''}${magnitude === 1 ? '' : `${num(magnitude)} `}${lpVariableName(variable)}`;
    if (line.length + piece.length + 1 > MAX_LINE) {
      lines.push(line);
      line = ' ';
    }
    line += ` ${piece}`;
    first = false;
  }
  if (first) line += ' 0 x0';
  return line;
};

/**
 * The model in CPLEX LP format, as HiGHS reads it. Rows are named `r<i>` and variables `x<i>` by index; lines
 * are wrapped at 200 characters. Throws on a non-finite number (a bug in the caller: models are built in core).
 */
export const writeLpFormat = (model: MipModel): string => {
  const lines: string[] = [model.sense === 'maximize' ? 'Maximize' : 'Minimize'];
  lines.push(writeTerms(lines, ' obj:', model.objective));
  lines.push('Subject To');
  model.constraints.forEach((row, i) => {
    const line = writeTerms(lines, ` r${i}:`, row.terms);
    lines.push(`${line} ${row.sense} ${num(row.rhs)}`);
  });
  const bounds: string[] = [];
  const generals: string[] = [];
  const binaries: string[] = [];
  model.variables.forEach((v, i) => {
    const name = lpVariableName(i);
    const lower = v.lower ?? 0;
    const upper = v.upper ?? (v.type === 'binary' ? 1 : Number.POSITIVE_INFINITY);
    if (v.type === 'binary' && lower === 0 && upper === 1) binaries.push(name);
    else {
      if (v.type !== 'continuous') generals.push(name);
      const lo = lower === Number.NEGATIVE_INFINITY ? '-inf' : num(lower);
      const hi = upper === Number.POSITIVE_INFINITY ? '+inf' : num(upper);
      if (lo !== '0' || hi !== '+inf') bounds.push(` ${lo} <= ${name} <= ${hi}`);
    }
  });
  if (bounds.length > 0) lines.push('Bounds', ...bounds);
  const list = (title: string, names: string[]) => {
    if (names.length === 0) return;
    lines.push(title);
    let line = '';
    for (const name of names) {
      if (line.length + name.length + 1 > MAX_LINE) {
        lines.push(line);
        line = '';
      }
      line += ` ${name}`;
    }
    if (line) lines.push(line);
  };
  list('General', generals);
  list('Binary', binaries);
  lines.push('End', '');
  return lines.join('\n');
};
