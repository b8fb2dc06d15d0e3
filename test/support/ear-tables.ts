// The EAR tables the rules data is checked against, in the shapes of the third-party eCFR parse of
// 2026-07-23: read in full from ../shared/data/ear (reference suite) or as the committed extract in
// test/fixtures/ear (every run). extractEarTables cuts the full parse down to what the project's rules use.
import { readFileSync } from 'node:fs';
import type { ChartColumn } from '../../src/core/export-control/data/country-chart.ts';
import { COUNTRY_GROUP_IDS } from '../../src/core/export-control/data/country-groups.ts';
import { ECCN_ENTRIES } from '../../src/core/export-control/data/eccns.ts';
import { LICENSE_EXCEPTIONS } from '../../src/core/export-control/data/license-exceptions.ts';
import { fixturePath, sharedDataPath } from './data-paths.ts';

export type CclItem = { paragraph: string | null; kind?: string; depth?: number; text: string };
export type CclEntry = {
  eccn: string;
  heading: string;
  reasonForControl: string;
  countryChart: { control: string; countryChart: string }[];
  licenceExceptionFlags: Record<string, string>;
  items: CclItem[];
};
export type LicenseExceptionRow = { section: string; sectionNumber: string; symbols: string[]; title: string };
export type EarTables = {
  source: { issueDate: string; urls: string[] };
  countryGroups: Record<string, string[]>;
  countryChart: {
    countries: Record<string, { marks: string[] }>;
    embargoed: Record<string, { pointer: string }>;
  };
  ccl: CclEntry[];
  licenseExceptions: LicenseExceptionRow[];
};

const ISSUE_DATE = '2026-07-23';
/** Every Country Chart column of the ChartColumn type (the columns the project's ECCNs name). */
export const CHART_COLUMNS = ['NS 1', 'NS 2', 'RS 1', 'RS 2', 'AT 1'] as const satisfies readonly ChartColumn[];
export const EAR_FIXTURE = fixturePath(`ear/ear-tables_ecfr-${ISSUE_DATE}.json`);

type SharedFile = { source: { url: string } } & Record<string, unknown>;
const readShared = (name: string): SharedFile =>
  JSON.parse(readFileSync(sharedDataPath(`ear/${name}_ecfr-${ISSUE_DATE}.json`), 'utf8')) as SharedFile;

/** The full parse in ../shared/data/ear, in the shape of EarTables. */
export const readSharedEarTables = (): EarTables => {
  const groups = readShared('country_groups_part740_supp1');
  const chart = readShared('country_chart_part738_supp1');
  const ccl = readShared('ccl_part774_supp1');
  const exceptions = readShared('license_exceptions_part740');
  return {
    source: { issueDate: ISSUE_DATE, urls: [groups, chart, ccl, exceptions].map((file) => file.source.url) },
    countryGroups: groups.groups as EarTables['countryGroups'],
    countryChart: {
      countries: chart.countries as EarTables['countryChart']['countries'],
      embargoed: chart.embargoed as EarTables['countryChart']['embargoed'],
    },
    ccl: ccl.entries as CclEntry[],
    licenseExceptions: exceptions.exceptions as LicenseExceptionRow[],
  };
};

/** The committed extract in test/fixtures/ear. */
export const readEarFixture = (): EarTables => JSON.parse(readFileSync(EAR_FIXTURE, 'utf8')) as EarTables;

/** The 15 CFR 740 section numbers the project's licence exceptions cite ("15 CFR 740.8" → "740.8"). */
export const part740Sections = (): string[] =>
  Object.values(LICENSE_EXCEPTIONS).flatMap(({ section }) => /^15 CFR (740\.\d+)$/.exec(section)?.[1] ?? []);

/** Items kept only for the entries whose paragraph text the rules read (thresholds). */
const ITEMS_KEPT = new Set(['3A090', '4A090']);

/**
 * Only the rows and parts the rules data uses: the country groups it names, the Country Chart columns it
 * uses, the CCL entries of its ECCNs (paragraph text only for 3A090 and 4A090) and the licence exceptions
 * of part 740 it cites.
 */
export const extractEarTables = (full: EarTables): EarTables => {
  const columns = new Set<string>(CHART_COLUMNS);
  const eccns = new Set(ECCN_ENTRIES.map((entry) => entry.eccn.slice(0, 5)));
  const sections = new Set(part740Sections());
  return {
    source: full.source,
    countryGroups: Object.fromEntries(COUNTRY_GROUP_IDS.map((id) => [id, full.countryGroups[id] ?? []])),
    countryChart: {
      countries: Object.fromEntries(
        Object.entries(full.countryChart.countries).map(([name, row]) => [
          name,
          { marks: row.marks.filter((mark) => columns.has(mark)) },
        ]),
      ),
      embargoed: Object.fromEntries(
        Object.entries(full.countryChart.embargoed).map(([name, row]) => [name, { pointer: row.pointer }]),
      ),
    },
    ccl: full.ccl
      .filter((entry) => eccns.has(entry.eccn))
      .map((entry) => ({
        eccn: entry.eccn,
        heading: entry.heading,
        reasonForControl: entry.reasonForControl,
        countryChart: entry.countryChart,
        licenceExceptionFlags: entry.licenceExceptionFlags,
        items: ITEMS_KEPT.has(entry.eccn) ? entry.items.map(({ paragraph, text }) => ({ paragraph, text })) : [],
      })),
    licenseExceptions: full.licenseExceptions.filter((row) => sections.has(row.sectionNumber)),
  };
};
