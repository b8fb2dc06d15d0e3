import type { Result } from 'autocannon';
import type { LoadCase } from './cases.ts';

export type Row = { load: LoadCase; setup: string; result: Result };

const mark = (met: boolean | null): string => (met === null ? ' ' : met ? '✔' : '✘');

/** Prints one line per case and setup: the figures beside the targets of issue 13. */
export const printTable = (rows: Row[]): boolean => {
  const header = ['case', 'setup', 'requests', 'req/s', 'target', 'p99', 'target', 'errors', 'target'];
  const lines: string[][] = [];
  let allMet = true;
  for (const { load, setup, result } of rows) {
    const perSecond = result.requests.total / Math.max(result.duration, 0.001);
    const errors = result.errors + result.timeouts + result.non2xx;
    const rateMet = load.targets.perSecond === null ? null : perSecond >= load.targets.perSecond;
    const p99Met = load.targets.p99Ms === null ? null : result.latency.p99 < load.targets.p99Ms;
    allMet &&= rateMet !== false && p99Met !== false && errors === 0;
    lines.push([
      load.name,
      setup,
      String(result.requests.total),
      perSecond.toFixed(0),
      load.targets.perSecond === null ? '' : `${mark(rateMet)} ≥ ${load.targets.perSecond}`,
      `${result.latency.p99} ms`,
      load.targets.p99Ms === null ? '' : `${mark(p99Met)} < ${load.targets.p99Ms} ms`,
      `${errors}${result.non2xx ? ` (${result.non2xx} non-2xx)` : ''}`,
      `${mark(errors === 0)} 0`,
    ]);
  }
  const widths = header.map((title, i) => Math.max(title.length, ...lines.map((line) => (line[i] ?? '').length)));
  const format = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  console.log(format(header));
  console.log(format(widths.map((w) => '-'.repeat(w))));
  for (const line of lines) console.log(format(line));
  return allMet;
};
