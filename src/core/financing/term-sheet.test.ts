import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_FINANCING_SETTINGS, FinancingSettingsSchema } from './financing-settings.ts';
import { computeTermSheet, type TermSheet, type TermSheetInput, termSheetScheduleCsv } from './term-sheet.ts';

const compute = (input: TermSheetInput, settings = DEFAULT_FINANCING_SETTINGS): TermSheet => {
  const result = computeTermSheet(input, settings);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
};

const errorPaths = (input: TermSheetInput): string[] => {
  const result = computeTermSheet(input, DEFAULT_FINANCING_SETTINGS);
  assert.equal(result.ok, false);
  if (result.ok) return [];
  assert.equal(result.error.code, 'invalid_input');
  return (result.error.details as { path: string }[]).map((d) => d.path);
};

const cents = (n: number) => Math.round(n * 100);

describe('computeTermSheet', () => {
  it('matches the hand-computed example: C 1,000,000, U 900,000, T 1, CIRR 4%, category 2', () => {
    // down payment 15% = 150,000; E = min(850,000, 900,000) = 850,000; P = 850,000; n = 2 of 425,000
    // row 1: interest 850,000 × 4%/2 = 17,000; premium 850,000 × 28 bp/2 = 1,190; payment 443,190
    // row 2: interest 425,000 × 2% = 8,500; premium 425,000 × 0.14% = 595; payment 434,095
    const sheet = compute({
      contractValue: 1_000_000,
      usContent: 900_000,
      tenorYears: 1,
      cirrPercent: 4,
      riskCategory: 2,
    });
    assert.deepEqual(
      { ...sheet, warnings: sheet.warnings.map((w) => w.code) },
      {
        downPayment: 150_000,
        financedExportValue: 850_000,
        supportedLocalCosts: 0,
        principal: 850_000,
        instalments: 2,
        totalInterest: 25_500,
        totalPremium: 1_785,
        schedule: [
          {
            number: 1,
            openingBalance: 850_000,
            principal: 425_000,
            interest: 17_000,
            premium: 1_190,
            payment: 443_190,
            closingBalance: 425_000,
          },
          {
            number: 2,
            openingBalance: 425_000,
            principal: 425_000,
            interest: 8_500,
            premium: 595,
            payment: 434_095,
            closingBalance: 0,
          },
        ],
        warnings: ['financed_share_cap'],
      },
    );
  });

  it('finances only the U.S. content when it is below the financed share, and caps local costs at 30% of C', () => {
    const sheet = compute({
      contractValue: 1_000_000,
      usContent: 600_000,
      localCosts: 400_000,
      tenorYears: 2,
      cirrPercent: 5,
      premiumBp: 100,
    });
    assert.equal(sheet.financedExportValue, 600_000);
    assert.equal(sheet.supportedLocalCosts, 300_000);
    assert.equal(sheet.principal, 900_000);
    assert.equal(sheet.instalments, 4);
    assert.deepEqual(
      sheet.warnings.map((w) => w.code),
      ['us_content_limit', 'local_cost_cap'],
    );
    assert.match(sheet.warnings[1]?.message ?? '', /USD 100,000\.00 is not supported/);
    // first row: 900,000 × 2.5% interest, 900,000 × 0.5% premium
    assert.equal(sheet.schedule[0]?.interest, 22_500);
    assert.equal(sheet.schedule[0]?.premium, 4_500);
  });

  it('gives no cap warning when U equals 85% of C and L is under the cap', () => {
    const sheet = compute({
      contractValue: 1_000_000,
      usContent: 850_000,
      localCosts: 100_000,
      tenorYears: 5,
      cirrPercent: 4,
      riskCategory: 0,
    });
    assert.deepEqual(sheet.warnings, []);
    assert.equal(sheet.totalPremium, 0);
  });

  it('lets the last instalment take the rounding of P/n', () => {
    // P = 85% of 1,000.01 = 850.0085 → 850.01 (half up); 3 instalments of 283.34, the last 283.33
    const sheet = compute({ contractValue: 1_000.01, usContent: 1_000, tenorYears: 1.5, cirrPercent: 0, premiumBp: 0 });
    assert.equal(sheet.principal, 850.01);
    assert.deepEqual(
      sheet.schedule.map((r) => r.principal),
      [283.34, 283.34, 283.33],
    );
  });

  it('warns when the term exceeds the program maximum, and the OECD ceiling', () => {
    const base = { contractValue: 1_000_000, usContent: 850_000, cirrPercent: 4, riskCategory: 1 };
    assert.deepEqual(
      compute({ ...base, tenorYears: 10 }).warnings.map((w) => w.code),
      [],
    );
    assert.deepEqual(
      compute({ ...base, tenorYears: 10.5 }).warnings.map((w) => w.code),
      ['term_exceeds_program_maximum'],
    );
    const long = compute({ ...base, tenorYears: 15.5 });
    assert.deepEqual(
      long.warnings.map((w) => w.code),
      ['term_exceeds_oecd_maximum', 'term_exceeds_program_maximum'],
    );
    assert.equal(long.instalments, 31);
  });

  it('reads caps, terms and premiums from the settings it is given', () => {
    const settings = FinancingSettingsSchema.parse({
      localCostCapPercent: 50,
      maxTermYears: 12,
      premiumBpByRiskCategory: { 2: 40 },
    });
    const sheet = compute(
      {
        contractValue: 1_000_000,
        usContent: 900_000,
        localCosts: 400_000,
        tenorYears: 12,
        cirrPercent: 4,
        riskCategory: 2,
      },
      settings,
    );
    assert.equal(sheet.supportedLocalCosts, 400_000);
    assert.deepEqual(
      sheet.warnings.map((w) => w.code),
      ['financed_share_cap'],
    );
    assert.equal(sheet.schedule[0]?.premium, (1_250_000 * 0.004) / 2);
  });

  it('names each bad field', () => {
    const good = { contractValue: 1_000_000, usContent: 900_000, tenorYears: 1, cirrPercent: 4, riskCategory: 2 };
    assert.deepEqual(errorPaths({ ...good, tenorYears: 1.25 }), ['tenorYears']);
    assert.deepEqual(errorPaths({ ...good, tenorYears: 0 }), ['tenorYears']);
    assert.deepEqual(errorPaths({ ...good, contractValue: -1 }), ['contractValue']);
    assert.deepEqual(errorPaths({ ...good, usContent: -5, localCosts: -1 }), ['usContent', 'localCosts']);
    assert.deepEqual(errorPaths({ ...good, cirrPercent: -0.5 }), ['cirrPercent']);
    assert.deepEqual(errorPaths({ ...good, riskCategory: 8 }), ['riskCategory']);
    assert.deepEqual(errorPaths({ ...good, premiumBp: 30 }), ['riskCategory', 'premiumBp']);
    const { riskCategory: _, ...neither } = good;
    assert.deepEqual(errorPaths(neither), ['riskCategory', 'premiumBp']);
    assert.deepEqual(errorPaths({ ...good, contractValue: 10.001 }), ['contractValue']);
    assert.deepEqual(errorPaths({ ...good, usContent: 0 }), ['usContent']);
  });

  it('holds for any input: principal parts add up to P exactly, the last closing balance is 0, payments add up', () => {
    const amount = fc.integer({ min: 1, max: 50_000_000_000 }).map((c) => c / 100);
    fc.assert(
      fc.property(
        amount,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 150_000 }),
        fc.integer({ min: 0, max: 7 }),
        (contractValue, usShare, localShare, halfYears, cirrTenThousandths, riskCategory) => {
          const usContent = Math.round(contractValue * usShare) / 100;
          const localCosts = Math.round(contractValue * localShare) / 100;
          const input = {
            contractValue,
            usContent,
            localCosts,
            tenorYears: halfYears / 2,
            cirrPercent: cirrTenThousandths / 10_000,
            riskCategory,
          };
          const result = computeTermSheet(input, DEFAULT_FINANCING_SETTINGS);
          if (!result.ok) {
            // only when there is nothing to finance (no U.S. content, no local costs within the cap)
            assert.match(result.error.message, /Nothing to finance/);
            assert.ok(cents(usContent) === 0 || cents(contractValue) * 0.85 < 0.5);
            return;
          }
          const sheet = result.value;
          assert.equal(sheet.schedule.length, halfYears);
          assert.equal(sheet.instalments, halfYears);
          const sum = (f: (r: TermSheet['schedule'][number]) => number) =>
            sheet.schedule.reduce((s, r) => s + cents(f(r)), 0);
          assert.equal(
            sum((r) => r.principal),
            cents(sheet.principal),
          );
          assert.equal(sheet.schedule.at(-1)?.closingBalance, 0);
          assert.equal(
            sum((r) => r.interest),
            cents(sheet.totalInterest),
          );
          assert.equal(
            sum((r) => r.premium),
            cents(sheet.totalPremium),
          );
          for (const row of sheet.schedule) {
            assert.equal(cents(row.payment), cents(row.principal) + cents(row.interest) + cents(row.premium));
            assert.equal(cents(row.closingBalance), cents(row.openingBalance) - cents(row.principal));
            assert.ok(row.closingBalance >= 0);
          }
          assert.ok(sheet.financedExportValue <= contractValue * 0.85 + 0.0051);
          assert.ok(sheet.financedExportValue <= usContent);
          assert.ok(sheet.supportedLocalCosts <= contractValue * 0.3 + 0.0051);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('termSheetScheduleCsv', () => {
  it('gives a header and one line per instalment with two decimals', () => {
    const sheet = compute({
      contractValue: 1_000_000,
      usContent: 900_000,
      tenorYears: 1,
      cirrPercent: 4,
      riskCategory: 2,
    });
    assert.equal(
      termSheetScheduleCsv(sheet),
      'number,openingBalance,principal,interest,premium,payment,closingBalance\n' +
        '1,850000.00,425000.00,17000.00,1190.00,443190.00,425000.00\n' +
        '2,425000.00,425000.00,8500.00,595.00,434095.00,0.00\n',
    );
  });
});
