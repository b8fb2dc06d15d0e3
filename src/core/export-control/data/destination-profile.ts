import { type ChartColumn, COUNTRY_CHART_TABLES } from './country-chart.ts';
import { COUNTRY_GROUP_IDS, COUNTRY_GROUP_TABLES, type CountryGroupId } from './country-groups.ts';
import { tableAsOf } from './table-as-of.ts';

/** What the EAR tables say about one destination on one date. */
export type DestinationProfile = {
  code: string;
  /** the code whose Country Group entries and Country Chart row apply (CN for HK) */
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
  const { table: groupTable, fallback: groupFallback } = tableAsOf(COUNTRY_GROUP_TABLES, date);
  const { table: chart, fallback: chartFallback } = tableAsOf(COUNTRY_CHART_TABLES, date);
  const governedBy = chart.governedBy[code] ?? code;
  const groups = new Set(COUNTRY_GROUP_IDS.filter((id) => groupTable.members[id].includes(governedBy)));
  const hasChartRow = chart.rows.includes(governedBy);
  const chartMarks = new Set(
    hasChartRow ? COLUMNS.filter((column) => !chart.withoutMark[column].includes(governedBy)) : [],
  );
  const notes = [
    `Country Groups: ${groupTable.publishedIn}${groupFallback ? ' (earliest table held; used for an earlier date)' : ''}`,
    `Country Chart: ${chart.publishedIn}${chartFallback ? ' (earliest table held; used for an earlier date)' : ''}`,
  ];
  const pointer = chart.pointerRows[governedBy];
  return {
    code,
    governedBy,
    groups,
    hasChartRow,
    ...(pointer === undefined ? {} : { chartPointer: pointer }),
    chartMarks,
    tablesNote: notes.join('; '),
  };
};
