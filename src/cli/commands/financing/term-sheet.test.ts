import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { captureIo } from '../../../../test/support/capture-io.ts';
import { runCli } from '../../../main/cli.ts';

const run = async (args: string[]) => {
  const io = captureIo();
  const code = await runCli(['term-sheet', ...args], io);
  return { code, stdout: io.out(), stderr: io.err() };
};

const example = ['--contract-value', '1000000', '--us-content', '900000', '--tenor-years', '1', '--cirr', '4'];

describe('aiexports term-sheet', () => {
  it('prints exactly the documented JSON keys with the hand-computed figures and exits 0', async () => {
    const r = await run([...example, '--risk-category', '2', '--format', 'json']);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(json), [
      'downPayment',
      'financedExportValue',
      'supportedLocalCosts',
      'principal',
      'instalments',
      'totalInterest',
      'totalPremium',
      'schedule',
      'warnings',
    ]);
    assert.deepEqual(Object.keys(json.schedule[0]), [
      'number',
      'openingBalance',
      'principal',
      'interest',
      'premium',
      'payment',
      'closingBalance',
    ]);
    assert.deepEqual(Object.keys(json.warnings[0]), ['code', 'message']);
    assert.equal(json.downPayment, 150000);
    assert.equal(json.principal, 850000);
    assert.deepEqual(
      json.schedule.map((row: { payment: number }) => row.payment),
      [443190, 434095],
    );
    assert.equal(json.totalPremium, 1785);
    assert.equal(json.warnings[0].code, 'financed_share_cap');
  });

  it('prints the schedule as CSV, and takes a premium in basis points instead of a category', async () => {
    const r = await run([...example, '--premium-bp', '28', '--format', 'csv']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      'number,openingBalance,principal,interest,premium,payment,closingBalance\n' +
        '1,850000.00,425000.00,17000.00,1190.00,443190.00,425000.00\n' +
        '2,425000.00,425000.00,8500.00,595.00,434095.00,0.00\n',
    );
  });

  it('exits 2 naming both flags when both or neither of --risk-category and --premium-bp are given', async () => {
    const both = await run([...example, '--risk-category', '2', '--premium-bp', '28']);
    assert.equal(both.code, 2);
    assert.match(both.stderr, /--risk-category/);
    assert.match(both.stderr, /--premium-bp/);
    const neither = await run(example);
    assert.equal(neither.code, 2);
    assert.match(neither.stderr, /--risk-category.*\n.*--premium-bp/);
    assert.equal(neither.stdout, '');
  });

  it('exits 2 naming the flag on a term not in half years, a negative amount, a missing or bad number', async () => {
    const cases: [string[], RegExp][] = [
      [
        [
          '--contract-value',
          '1000000',
          '--us-content',
          '900000',
          '--tenor-years',
          '8.25',
          '--cirr',
          '4',
          '--risk-category',
          '2',
        ],
        /--tenor-years: must be in steps of half a year/,
      ],
      [
        ['--contract-value=-1', '--us-content', '900000', '--tenor-years', '1', '--cirr', '4', '--risk-category', '2'],
        /--contract-value: must be more than 0/,
      ],
      [[...example, '--local-costs=-5', '--risk-category', '2'], /--local-costs: must be 0 or more/],
      // a negative written as a separate argument: refused by the option parser, still naming the flag
      [[...example, '--local-costs', '-5', '--risk-category', '2'], /--local-costs/],
      [[...example, '--risk-category', '9'], /--risk-category: must be a whole number from 0 to 7/],
      [
        ['--us-content', '900000', '--tenor-years', '1', '--cirr', '4', '--risk-category', '2'],
        /--contract-value: required/,
      ],
      [[...example, '--premium-bp', 'abc'], /--premium-bp: must be a number/],
      [[...example, '--risk-category', '2', '--format', 'xml'], /--format must be one of json, csv/],
    ];
    for (const [args, message] of cases) {
      const r = await run(args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.stderr, message);
      assert.equal(r.stdout, '');
    }
  });

  it('warns in the JSON when the term exceeds the program maximum and the OECD ceiling', async () => {
    const r = await run([
      '--contract-value',
      '1000000',
      '--us-content',
      '850000',
      '--tenor-years',
      '16',
      '--cirr',
      '4',
      '--risk-category',
      '0',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.instalments, 32);
    assert.deepEqual(
      json.warnings.map((w: { code: string }) => w.code),
      ['term_exceeds_oecd_maximum', 'term_exceeds_program_maximum'],
    );
  });
});
