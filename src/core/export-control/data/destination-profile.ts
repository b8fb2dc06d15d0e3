import { EARLIEST_REFERENCE_DATE, inForceOn } from '../dated.ts';
import { chartCellOn } from './chart-cells.ts';
import { type ChartColumn, COUNTRY_CHART_TABLES } from './country-chart.ts';
import type { CountryGroupId } from './country-groups.ts';
import { MEMBERSHIP_CAVEATS, membershipsOn } from './group-membership.ts';
import { regionByCode } from './regions.ts';

/** What the EAR tables say about one destination on one date. */
export type DestinationProfile = {
  code: string;
  /** the code whose Country Group entries and Country Chart row apply (CN for HK, UA for Crimea) */
  governedBy: string;
  groups: ReadonlySet<CountryGroupId>;
  /** true when the destination has a Country Chart row (its own or the governing one) */
  hasChartRow: boolean;
  /** a row that points to part 746 instead of carrying marks */
  chartPointer?: string;
  /** the columns with an X for this destination */
  chartMarks: ReadonlySet<ChartColumn>;
  /** plain words on the tables used */
  tablesNote: string;
  /** caveats of the dated rows for this destination on this date */
  caveats: readonly string[];
  /** false when the date is before the earliest reference table */
  covered: boolean;
};

const COLUMNS: readonly ChartColumn[] = ['NS 1', 'NS 2', 'RS 1', 'RS 2', 'AT 1'];

const cache = new Map<string, DestinationProfile>();

/** The profile of a destination on a date (memoized: the tables are frozen data). */
export const destinationProfile = (code: string, date: string): DestinationProfile => {
  const key = `${code}|${date}`;
  const cached = cache.get(key);
  if (cached) return cached;
  if (cache.size > 50_000) cache.clear();
  const profile = buildProfile(code, date);
  cache.set(key, profile);
  return profile;
};

const buildProfile = (code: string, date: string): DestinationProfile => {
  const chart = COUNTRY_CHART_TABLES[0];
  if (chart === undefined) throw new Error('no Country Chart table');
  const region = regionByCode(code);
  const governedBy = region?.country ?? chart.governedBy[code] ?? code;
  const groups = new Set(membershipsOn(governedBy, date).map((row) => row.group));
  const hasChartRow = chart.rows.includes(governedBy);
  const chartMarks = new Set(
    hasChartRow
      ? COLUMNS.filter((column) => {
          const dated = chartCellOn(governedBy, column, date);
          return dated ? dated.mark : !chart.withoutMark[column].includes(governedBy);
        })
      : [],
  );
  const covered = date >= EARLIEST_REFERENCE_DATE;
  const tablesNote = `Country Groups and Country Chart: ${chart.publishedIn} with the dated rows held for changes since ${EARLIEST_REFERENCE_DATE} (rows as in force on ${date})`;
  const caveats = MEMBERSHIP_CAVEATS.filter((c) => c.country === governedBy && inForceOn(c, date)).map((c) => c.note);
  const pointer = chart.pointerRows[governedBy];
  return {
    code,
    governedBy,
    groups,
    hasChartRow,
    ...(pointer === undefined ? {} : { chartPointer: pointer }),
    chartMarks,
    tablesNote,
    caveats,
    covered,
  };
};
