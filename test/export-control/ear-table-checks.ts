// The checks of the project's EAR rules data against EAR tables (see test/support/ear-tables.ts), shared by
// the self-contained suite (committed extract) and the reference suite (full parse in ../shared/data/ear).
// A difference means one of the two is wrong: look at the regulation, then fix the project's data
// (src/core/export-control/data) or note it in docs/rules.md.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { THRESHOLDS_3A090 } from '../../src/core/export-control/classify-chip.ts';
import { COUNTRY_CHART_TABLES } from '../../src/core/export-control/data/country-chart.ts';
import { COUNTRY_GROUP_IDS, COUNTRY_GROUP_TABLES } from '../../src/core/export-control/data/country-groups.ts';
import { ECCN_ENTRIES } from '../../src/core/export-control/data/eccns.ts';
import { groupMembersOn } from '../../src/core/export-control/data/group-membership.ts';
import { LICENSE_EXCEPTIONS } from '../../src/core/export-control/data/license-exceptions.ts';
import { resolveCountry } from '../../src/core/kernel/countries.ts';
import { CHART_COLUMNS, type EarTables } from '../support/ear-tables.ts';

// spellings in the parse that are typos or EAR-only forms
const FIXES: Record<string, string> = {
  "Cote d'lvoire": 'CI',
  Seycheles: 'SC',
  'Micronesia (Federated State of)': 'FM',
};
const code = (name: string): string => {
  const fixed = FIXES[name];
  if (fixed) return fixed;
  const result = resolveCountry(name);
  assert.ok(result.ok, `cannot resolve "${name}"`);
  return result.ok ? result.value.code : '';
};
const sorted = (list: readonly string[]) => [...list].sort();
const reasonsOf = (text: string): string[] => text.split(',').map((reason) => reason.trim());

/** Registers the checks (call inside a describe); `tables` is called once the tests run. */
export const earTableChecks = (tables: () => EarTables): void => {
  it('has the same Country Group members', () => {
    const { countryGroups } = tables();
    const table = COUNTRY_GROUP_TABLES.find((t) => t.effectiveFrom === '2026-07-23');
    assert.ok(table);
    // the dated rows, as in force on the day of the eCFR text, give the same members as the snapshot
    const dated = groupMembersOn('2026-07-23');
    for (const id of COUNTRY_GROUP_IDS) {
      assert.deepEqual(sorted(table?.members[id] ?? []), sorted((countryGroups[id] ?? []).map(code)), id);
      assert.deepEqual(sorted(dated[id]), sorted((countryGroups[id] ?? []).map(code)), `${id} (dated rows)`);
    }
  });

  it('has the same Country Chart rows and the same empty cells in the columns used', () => {
    const { countries, embargoed } = tables().countryChart;
    const chart = COUNTRY_CHART_TABLES[0];
    assert.ok(chart);
    const rows = [...Object.keys(countries), ...Object.keys(embargoed)].map(code);
    assert.deepEqual(sorted(chart?.rows ?? []), sorted(rows));
    const embargoedCodes = Object.keys(embargoed).map(code);
    for (const column of CHART_COLUMNS) {
      const without = Object.entries(countries)
        .filter(([, row]) => !row.marks.includes(column))
        .map(([name]) => code(name));
      assert.deepEqual(
        sorted((chart?.withoutMark[column] ?? []).filter((c) => !embargoedCodes.includes(c))),
        sorted(without),
        column,
      );
    }
    assert.deepEqual(sorted(Object.keys(chart?.pointerRows ?? {})), sorted(embargoedCodes));
  });

  it('uses the 3A090 thresholds of the CCL text', () => {
    const entry = tables().ccl.find((e) => e.eccn === '3A090');
    assert.ok(entry, 'no 3A090 in the CCL');
    // note paragraphs reuse letters (a, b, c), so all texts under a label are searched
    const text = (p: string) =>
      entry.items
        .filter((i) => i.paragraph === p)
        .map((i) => i.text)
        .join('\n');
    const t = THRESHOLDS_3A090;
    assert.match(text('a.1'), new RegExp(`${t.a1Tpp} or more`));
    assert.match(text('a.2'), new RegExp(`${t.a2Tpp} or more and a 'performance density' of ${t.a2Density} or more`));
    assert.match(
      text('b.1'),
      new RegExp(
        `${t.b1TppFrom} or more and less than ${t.b1TppBelow}.*${t.b1DensityFrom} or more and less than ${t.b1DensityBelow}`,
      ),
    );
    assert.match(
      text('b.2'),
      new RegExp(
        `${t.b2Tpp} or more and a 'performance density' of ${t.b2DensityFrom} or more and less than ${t.b2DensityBelow}`,
      ),
    );
    assert.match(
      text('c'),
      new RegExp(`greater than ${t.cBandwidthDensityAbove} gigabytes per second per square millimeter`),
    );
  });

  it('gives each ECCN only reasons for control its CCL entry lists, and only exceptions it flags "Yes"', () => {
    const ccl = tables().ccl;
    for (const entry of ECCN_ENTRIES.filter((e) => e.eccn !== 'EAR99')) {
      const listed = ccl.find((e) => e.eccn === entry.eccn.slice(0, 5));
      assert.ok(listed, `${entry.eccn} is not in the CCL`);
      const reasons = reasonsOf(listed.reasonForControl);
      for (const reason of entry.reasons) assert.ok(reasons.includes(reason), `${entry.eccn}: ${reason}`);
      for (const exception of entry.chartExceptions) {
        assert.match(listed.licenceExceptionFlags[exception] ?? 'N/A', /^Yes\b/, `${entry.eccn}: ${exception}`);
      }
    }
  });

  it('cites each part 740 licence exception under its section and symbols', () => {
    const rows = tables().licenseExceptions;
    for (const exception of Object.values(LICENSE_EXCEPTIONS)) {
      const section = /^15 CFR (740\.\d+)$/.exec(exception.section)?.[1];
      if (section === undefined) continue;
      const row = rows.find((r) => r.sectionNumber === section);
      assert.ok(row, `${exception.section} is not in part 740`);
      assert.ok(row.symbols.includes(exception.code), `${exception.code} is not a symbol of ${exception.section}`);
    }
  });
};
