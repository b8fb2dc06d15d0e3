import { type Confidence, type Dated, EARLIEST_REFERENCE_DATE, inForceOn } from '../dated.ts';
import type { ChartColumn } from './country-chart.ts';

/**
 * Dated Country Chart cells that differ from the eCFR snapshot of 2026-07-23 (country-chart.ts). For a
 * (row, column) pair named here, the cell on a date is the row in force; a date outside every row of the
 * pair uses the snapshot. `mark: true` is an X.
 */
export type ChartCellRow = Dated & {
  country: string;
  column: ChartColumn;
  mark: boolean;
  citation: string;
  confidence: Confidence;
};

/** The AUKUS rule: no NS 1 (and RS 1) licence requirement for Australia and the United Kingdom. */
const AUKUS_FROM = '2024-04-19';
const AUKUS = `AUKUS rule (89 FR 28594), effective ${AUKUS_FROM}`;

export const CHART_CELL_HISTORY: readonly ChartCellRow[] = Object.freeze(
  (['AU', 'GB'] as const).flatMap((country) =>
    (['NS 1', 'RS 1'] as const).map((column) =>
      Object.freeze({
        country,
        column,
        mark: true,
        effectiveFrom: EARLIEST_REFERENCE_DATE,
        effectiveTo: AUKUS_FROM,
        citation: `15 CFR 738 Supp. 1: X in ${column} for ${country} until the ${AUKUS}`,
        confidence: 'unverified' as const,
      }),
    ),
  ),
);

/** The dated cell for a row and column on a date, if the history holds one. */
export const chartCellOn = (country: string, column: ChartColumn, date: string): ChartCellRow | undefined =>
  CHART_CELL_HISTORY.find((c) => c.country === country && c.column === column && inForceOn(c, date));
