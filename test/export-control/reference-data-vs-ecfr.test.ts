// Cross-checks the project's EAR reference data against the third-party parse of the eCFR (2026-07-23) in
// ../shared/data/ear. Skipped when that folder is absent. A difference means one of the two is wrong: look
// at the regulation, then fix the project's data (src/core/export-control/data) or note it in docs/rules.md.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { THRESHOLDS_3A090 } from '../../src/core/export-control/classify-chip.ts';
import { COUNTRY_CHART_TABLES } from '../../src/core/export-control/data/country-chart.ts';
import { COUNTRY_GROUP_IDS, COUNTRY_GROUP_TABLES } from '../../src/core/export-control/data/country-groups.ts';
import { resolveCountry } from '../../src/core/kernel/countries.ts';

const dir = new URL('../../../shared/data/ear/', import.meta.url);
const present = existsSync(dir);
const load = (name: string) => JSON.parse(readFileSync(new URL(name, dir), 'utf8'));

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

describe('EAR reference data against the eCFR parse of 2026-07-23', {
  skip: !present && 'no ../shared/data/ear',
}, () => {
  it('has the same Country Group members', () => {
    const parsed = load('country_groups_part740_supp1_ecfr-2026-07-23.json');
    const table = COUNTRY_GROUP_TABLES.find((t) => t.effectiveFrom === '2026-07-23');
    assert.ok(table);
    for (const id of COUNTRY_GROUP_IDS) {
      assert.deepEqual(sorted(table?.members[id] ?? []), sorted((parsed.groups[id] as string[]).map(code)), id);
    }
  });

  it('has the same Country Chart rows and the same empty cells in the columns used', () => {
    const parsed = load('country_chart_part738_supp1_ecfr-2026-07-23.json');
    const chart = COUNTRY_CHART_TABLES[0];
    assert.ok(chart);
    const rows = [...Object.keys(parsed.countries), ...Object.keys(parsed.embargoed)].map(code);
    assert.deepEqual(sorted(chart?.rows ?? []), sorted(rows));
    for (const column of ['NS 1', 'NS 2', 'RS 1', 'RS 2', 'AT 1'] as const) {
      const without = Object.entries(parsed.countries as Record<string, { marks: string[] }>)
        .filter(([, row]) => !row.marks.includes(column))
        .map(([name]) => code(name));
      const embargoed = Object.keys(parsed.embargoed).map(code);
      assert.deepEqual(
        sorted((chart?.withoutMark[column] ?? []).filter((c) => !embargoed.includes(c))),
        sorted(without),
        column,
      );
    }
    assert.deepEqual(sorted(Object.keys(chart?.pointerRows ?? {})), sorted(Object.keys(parsed.embargoed).map(code)));
  });

  it('uses the 3A090 thresholds of the CCL text', () => {
    const ccl = load('ccl_part774_supp1_ecfr-2026-07-23.json');
    const entry = (ccl.entries as { eccn: string; items: { paragraph: string | null; text: string }[] }[]).find(
      (e) => e.eccn === '3A090',
    );
    // note paragraphs reuse letters (a, b, c), so all texts under a label are searched
    const text = (p: string) =>
      (entry?.items ?? [])
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
});
