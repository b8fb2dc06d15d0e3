import { parseArgs } from 'node:util';
import { DEFAULT_FINANCING_SETTINGS } from '../../../core/financing/financing-settings.ts';
import { computeTermSheet, type TermSheetInput, termSheetScheduleCsv } from '../../../core/financing/term-sheet.ts';
import type { CliCommand } from '../../command.ts';
import { EXIT_OK } from '../../exit-codes.ts';
import { failUsage } from '../../fail.ts';
import { formatOption } from '../export-control/options.ts';

const usage = `Usage: aiexports term-sheet --contract-value C --us-content U [--local-costs L] --tenor-years T
                           --cirr R (--risk-category K | --premium-bp P) [--format json|csv]

An export-credit term sheet (OECD Arrangement as applied by EXIM), with the program's default financing terms:
down payment 15% of C; financed export value min(85% of C, U); local costs supported up to 30% of C; 2T equal
semi-annual principal instalments, the first six months after the starting point; interest at the CIRR and the
premium on the opening balance of each half year. Amounts in U.S. dollars (at most two decimals).

  --contract-value C   the export contract value
  --us-content U       the U.S. content of the contract
  --local-costs L      local costs to finance (default 0)
  --tenor-years T      repayment term in years, in steps of half a year (e.g. 8.5)
  --cirr R             the CIRR, percent a year (e.g. 4.35)
  --risk-category K    the buyer country's OECD risk category, 0 to 7 (premium from the table:
                       0, 7, 28, 58, 126, 176, 220, 277 basis points a year)
  --premium-bp P       or the premium itself, basis points a year
  --format json|csv    json (default): { downPayment, financedExportValue, supportedLocalCosts, principal,
                       instalments, totalInterest, totalPremium, schedule: [...], warnings: [{ code, message }] };
                       csv: the schedule (number, openingBalance, principal, interest, premium, payment,
                       closingBalance)

Warnings (codes): financed_share_cap, us_content_limit, local_cost_cap, term_exceeds_program_maximum,
term_exceeds_oecd_maximum.

Exit codes: 0 computed, 2 invalid input (the message names the flag).
`;

/** The flag of each input field, for error messages. */
const FLAGS: Record<keyof TermSheetInput, string> = {
  contractValue: '--contract-value',
  usContent: '--us-content',
  localCosts: '--local-costs',
  tenorYears: '--tenor-years',
  cirrPercent: '--cirr',
  riskCategory: '--risk-category',
  premiumBp: '--premium-bp',
};

/** A number flag: undefined when absent, an error naming the flag when not a number. */
const numberFlag = (field: keyof TermSheetInput, raw: string | undefined): { value?: number; error?: string } => {
  if (raw === undefined) return {};
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) return { error: `${FLAGS[field]}: must be a number, got "${raw}"` };
  return { value: n };
};

export const termSheetCommand: CliCommand = {
  name: 'term-sheet',
  summary: 'Compute an export-credit term sheet: down payment, financed amount, semi-annual schedule, warnings',
  usage,
  run: async (argv, io) => {
    const { values } = parseArgs({
      args: argv,
      options: {
        'contract-value': { type: 'string' },
        'us-content': { type: 'string' },
        'local-costs': { type: 'string' },
        'tenor-years': { type: 'string' },
        cirr: { type: 'string' },
        'risk-category': { type: 'string' },
        'premium-bp': { type: 'string' },
        format: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
    const raw: Record<keyof TermSheetInput, string | undefined> = {
      contractValue: values['contract-value'],
      usContent: values['us-content'],
      localCosts: values['local-costs'],
      tenorYears: values['tenor-years'],
      cirrPercent: values.cirr,
      riskCategory: values['risk-category'],
      premiumBp: values['premium-bp'],
    };
    const format = formatOption(values.format, ['json', 'csv'] as const, 'json');
    const problems: string[] = [];
    if (format.error) problems.push(format.error);
    const parsed: Partial<Record<keyof TermSheetInput, number>> = {};
    for (const field of Object.keys(FLAGS) as (keyof TermSheetInput)[]) {
      const n = numberFlag(field, raw[field]);
      if (n.error) problems.push(n.error);
      else if (n.value !== undefined) parsed[field] = n.value;
    }
    for (const field of ['contractValue', 'usContent', 'tenorYears', 'cirrPercent'] as const) {
      if (raw[field] === undefined) problems.push(`${FLAGS[field]}: required`);
    }
    if (problems.length > 0) return failUsage(io, 'term-sheet', problems.join('\n'));
    const input: TermSheetInput = {
      contractValue: parsed.contractValue ?? 0,
      usContent: parsed.usContent ?? 0,
      tenorYears: parsed.tenorYears ?? 0,
      cirrPercent: parsed.cirrPercent ?? 0,
      ...(parsed.localCosts === undefined ? {} : { localCosts: parsed.localCosts }),
      ...(parsed.riskCategory === undefined ? {} : { riskCategory: parsed.riskCategory }),
      ...(parsed.premiumBp === undefined ? {} : { premiumBp: parsed.premiumBp }),
    };
    const result = computeTermSheet(input, DEFAULT_FINANCING_SETTINGS);
    if (!result.ok) {
      const details = Array.isArray(result.error.details) ? result.error.details : [];
      const lines = details.map((d) => `${FLAGS[d.path as keyof TermSheetInput] ?? d.path}: ${d.message}`);
      // both or neither of --risk-category and --premium-bp: one line naming both flags
      return failUsage(io, 'term-sheet', [...new Set(lines)].join('\n') || result.error.message);
    }
    io.stdout(
      format.value === 'csv' ? termSheetScheduleCsv(result.value) : `${JSON.stringify(result.value, null, 2)}\n`,
    );
    return EXIT_OK;
  },
};
