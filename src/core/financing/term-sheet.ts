import { appError, type FieldError } from '../kernel/errors.ts';
import { err, ok, type Result } from '../kernel/result.ts';
import { type FinancingSettings, RISK_CATEGORIES, type RiskCategory } from './financing-settings.ts';

/**
 * A term sheet for an officially supported export credit (OECD Arrangement as applied by EXIM): down payment,
 * the financed amount, and a schedule of equal semi-annual principal instalments with interest at the CIRR and
 * a running premium on the outstanding balance. Pure: the settings are passed in.
 *
 * Money is in U.S. dollars with at most two decimals; the arithmetic runs in integer cents (BigInt where a rate
 * multiplies), each period's interest and premium are rounded half up to the cent, and the last instalment's
 * principal takes what the equal instalments' rounding left, so the principal parts add up to the principal exactly.
 */
export type TermSheetInput = {
  /** C: the export contract value */
  contractValue: number;
  /** U: the U.S. content of the contract */
  usContent: number;
  /** L: local costs the buyer asks to have financed (default 0) */
  localCosts?: number;
  /** T: the repayment term in years, in steps of half a year */
  tenorYears: number;
  /** r: the CIRR, percent a year */
  cirrPercent: number;
  /** the buyer country's OECD risk category 0–7 (the premium is read from the settings' table) … */
  riskCategory?: number;
  /** … or the premium itself, basis points a year (exactly one of the two) */
  premiumBp?: number;
};

export type TermSheetRow = {
  number: number;
  openingBalance: number;
  principal: number;
  interest: number;
  premium: number;
  payment: number;
  closingBalance: number;
};

/** Warnings a term sheet carries; the codes are stable (CLI JSON, stored term sheets). */
export const TERM_SHEET_WARNING_CODES = [
  /** the financed-share cap (85% of C) binds: U.S. content exceeds it */
  'financed_share_cap',
  /** the U.S. content binds: less than the financed-share cap, so only the U.S. content is financed */
  'us_content_limit',
  /** the local-cost cap binds: part of the local costs is not supported */
  'local_cost_cap',
  /** the term exceeds the program's maximum repayment term */
  'term_exceeds_program_maximum',
  /** the term exceeds the OECD Arrangement's ceiling */
  'term_exceeds_oecd_maximum',
] as const;
export type TermSheetWarningCode = (typeof TERM_SHEET_WARNING_CODES)[number];
export type TermSheetWarning = { code: TermSheetWarningCode; message: string };

/** The term sheet, exactly as the CLI prints it as JSON and the API returns it. */
export type TermSheet = {
  downPayment: number;
  financedExportValue: number;
  supportedLocalCosts: number;
  principal: number;
  instalments: number;
  totalInterest: number;
  totalPremium: number;
  schedule: TermSheetRow[];
  warnings: TermSheetWarning[];
};

/** The largest amount accepted (USD 1 trillion), which keeps every amount in cents a safe integer. */
export const MAX_TERM_SHEET_AMOUNT = 1e12;
/** The longest repayment term accepted at all (a longer one is not an export credit); warnings start far below. */
export const MAX_TERM_SHEET_YEARS = 30;

/** A non-negative decimal as an integer numerator over 10^places, or null when it has more places. */
const scaled = (value: number, places: number): bigint | null => {
  const factor = 10 ** places;
  const n = Math.round(value * factor);
  if (Math.abs(n - value * factor) > 1e-6 * Math.max(1, Math.abs(value * factor))) return null;
  return BigInt(n);
};

/** The smaller of two amounts in cents (Math.min takes no BigInt). */
const smaller = (a: bigint, b: bigint): bigint => [a, b].reduce((m, x) => (x < m ? x : m));

/** a / b rounded half up, for a ≥ 0 and b > 0. */
const divideHalfUp = (a: bigint, b: bigint): bigint => (2n * a + b) / (2n * b);

const dollars = (cents: bigint): number => Number(cents) / 100;

const formatUsd = (cents: bigint): string =>
  `USD ${(Number(cents) / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

const money = (
  errors: FieldError[],
  path: string,
  value: number | undefined,
  options: { positive?: boolean } = {},
): bigint => {
  if (value === undefined) return 0n;
  if (!Number.isFinite(value)) {
    errors.push({ path, message: 'must be a number' });
    return 0n;
  }
  if (value < 0 || (options.positive && value === 0)) {
    errors.push({ path, message: options.positive ? 'must be more than 0' : 'must be 0 or more' });
    return 0n;
  }
  if (value > MAX_TERM_SHEET_AMOUNT) {
    errors.push({ path, message: 'must be USD 1,000,000,000,000 or less' });
    return 0n;
  }
  const cents = scaled(value, 2);
  if (cents === null) {
    errors.push({ path, message: 'must have at most two decimals (cents)' });
    return 0n;
  }
  return cents;
};

/** Checks the input; the field errors name the input's keys. */
const validate = (
  input: TermSheetInput,
):
  | { ok: true; c: bigint; u: bigint; l: bigint; halfYears: number; rate: bigint; premium: bigint | RiskCategory }
  | { ok: false; errors: FieldError[] } => {
  const errors: FieldError[] = [];
  const c = money(errors, 'contractValue', input.contractValue, { positive: true });
  const u = money(errors, 'usContent', input.usContent);
  const l = money(errors, 'localCosts', input.localCosts);
  let halfYears = 0;
  const t = input.tenorYears;
  if (!Number.isFinite(t) || t <= 0) errors.push({ path: 'tenorYears', message: 'must be more than 0 years' });
  else if (!Number.isInteger(t * 2)) errors.push({ path: 'tenorYears', message: 'must be in steps of half a year' });
  else if (t > MAX_TERM_SHEET_YEARS)
    errors.push({ path: 'tenorYears', message: `must be ${MAX_TERM_SHEET_YEARS} years or less` });
  else halfYears = t * 2;
  // the CIRR as an integer over 10^4 (percent with up to four decimals)
  let rate = 0n;
  const r = input.cirrPercent;
  if (!Number.isFinite(r) || r < 0) errors.push({ path: 'cirrPercent', message: 'must be a rate of 0 or more' });
  else if (r > 100) errors.push({ path: 'cirrPercent', message: 'must be 100 percent or less' });
  else {
    const s = scaled(r, 4);
    if (s === null) errors.push({ path: 'cirrPercent', message: 'must have at most four decimals' });
    else rate = s;
  }
  let premium: bigint | RiskCategory = 0n;
  const hasCategory = input.riskCategory !== undefined;
  const hasPremium = input.premiumBp !== undefined;
  if (hasCategory === hasPremium) {
    const message = hasCategory
      ? 'give either a risk category or a premium, not both'
      : 'give a risk category (0–7) or a premium in basis points';
    errors.push({ path: 'riskCategory', message }, { path: 'premiumBp', message });
  } else if (hasCategory) {
    const k = input.riskCategory as number;
    if (!(RISK_CATEGORIES as readonly number[]).includes(k))
      errors.push({ path: 'riskCategory', message: 'must be a whole number from 0 to 7' });
    else premium = k as RiskCategory;
  } else {
    const p = input.premiumBp as number;
    if (!Number.isFinite(p) || p < 0) errors.push({ path: 'premiumBp', message: 'must be 0 basis points or more' });
    else if (p > 10_000) errors.push({ path: 'premiumBp', message: 'must be 10000 basis points or less' });
    else {
      const s = scaled(p, 2);
      if (s === null) errors.push({ path: 'premiumBp', message: 'must have at most two decimals' });
      else premium = s;
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, c, u, l, halfYears, rate, premium };
};

/** The premium in basis points a year that a term sheet applies: the one given, or the category's from the table. */
export const premiumBpFor = (input: TermSheetInput, settings: FinancingSettings): number | undefined =>
  input.premiumBp !== undefined
    ? input.premiumBp
    : input.riskCategory !== undefined && (RISK_CATEGORIES as readonly number[]).includes(input.riskCategory)
      ? settings.premiumBpByRiskCategory[String(input.riskCategory) as `${RiskCategory}`]
      : undefined;

/** A percent of an amount in cents, rounded half up to the cent (percent with up to four decimals). */
const percentOf = (cents: bigint, percent: number): bigint => {
  const p = scaled(percent, 4) ?? BigInt(Math.round(percent * 10_000));
  return divideHalfUp(cents * p, 1_000_000n);
};

/** Computes the term sheet, or `invalid_input` with one error per bad field. */
export const computeTermSheet = (input: TermSheetInput, settings: FinancingSettings): Result<TermSheet> => {
  const checked = validate(input);
  if (!checked.ok) return err(appError('invalid_input', 'The term sheet input is not valid', checked.errors));
  const { c, u, l, halfYears, rate } = checked;
  // the premium as an integer over 10^2 basis points
  const premiumHundredthsBp =
    typeof checked.premium === 'bigint'
      ? checked.premium
      : (scaled(settings.premiumBpByRiskCategory[String(checked.premium) as `${RiskCategory}`], 2) ?? 0n);

  const warnings: TermSheetWarning[] = [];
  const downPayment = percentOf(c, settings.downPaymentPercent);
  const shareCap = percentOf(c, settings.financedSharePercent);
  const financedExportValue = smaller(u, shareCap);
  if (u > shareCap) {
    warnings.push({
      code: 'financed_share_cap',
      message: `The financed export value is capped at ${settings.financedSharePercent}% of the contract value (${formatUsd(shareCap)}); ${formatUsd(u - shareCap)} of U.S. content is not financed.`,
    });
  } else if (u < shareCap) {
    warnings.push({
      code: 'us_content_limit',
      message: `Only the U.S. content (${formatUsd(u)}) is financed, less than ${settings.financedSharePercent}% of the contract value (${formatUsd(shareCap)}).`,
    });
  }
  const localCap = percentOf(c, settings.localCostCapPercent);
  const supportedLocalCosts = smaller(l, localCap);
  if (l > localCap) {
    warnings.push({
      code: 'local_cost_cap',
      message: `Local costs are supported up to ${settings.localCostCapPercent}% of the contract value (${formatUsd(localCap)}); ${formatUsd(l - localCap)} is not supported.`,
    });
  }
  const tenor = halfYears / 2;
  if (tenor > settings.oecdMaxTermYears) {
    warnings.push({
      code: 'term_exceeds_oecd_maximum',
      message: `A repayment term of ${tenor} years exceeds the OECD Arrangement's ceiling of ${settings.oecdMaxTermYears} years.`,
    });
  }
  if (tenor > settings.maxTermYears) {
    warnings.push({
      code: 'term_exceeds_program_maximum',
      message: `A repayment term of ${tenor} years exceeds the program's maximum of ${settings.maxTermYears} years.`,
    });
  }

  const principal = financedExportValue + supportedLocalCosts;
  if (principal === 0n) {
    return err(
      appError('invalid_input', 'Nothing to finance', [
        { path: 'usContent', message: 'the U.S. content and the supported local costs are both 0: nothing to finance' },
      ]),
    );
  }
  // P/n rounded half up to the cent; the last instalment takes what is left (never more than the balance before it)
  const instalment = divideHalfUp(principal, BigInt(halfYears));
  const schedule: TermSheetRow[] = [];
  let balance = principal;
  let totalInterest = 0n;
  let totalPremium = 0n;
  for (let i = 1; i <= halfYears; i++) {
    const principalPart = i === halfYears || balance < instalment ? balance : instalment;
    // half a year of interest: balance × r/100/2, r over 10^4 → balance × rate / 2,000,000
    const interest = divideHalfUp(balance * rate, 2_000_000n);
    // half a year of premium: balance × p/10,000/2, p over 10^2 → balance × p / 2,000,000
    const premium = divideHalfUp(balance * premiumHundredthsBp, 2_000_000n);
    const closing = balance - principalPart;
    schedule.push({
      number: i,
      openingBalance: dollars(balance),
      principal: dollars(principalPart),
      interest: dollars(interest),
      premium: dollars(premium),
      payment: dollars(principalPart + interest + premium),
      closingBalance: dollars(closing),
    });
    totalInterest += interest;
    totalPremium += premium;
    balance = closing;
  }
  return ok({
    downPayment: dollars(downPayment),
    financedExportValue: dollars(financedExportValue),
    supportedLocalCosts: dollars(supportedLocalCosts),
    principal: dollars(principal),
    instalments: halfYears,
    totalInterest: dollars(totalInterest),
    totalPremium: dollars(totalPremium),
    schedule,
    warnings,
  });
};

/** The schedule's columns, in the order the CSV gives them. */
export const TERM_SHEET_CSV_COLUMNS = [
  'number',
  'openingBalance',
  'principal',
  'interest',
  'premium',
  'payment',
  'closingBalance',
] as const;

/** The schedule as CSV: a header row, then one row per instalment, amounts with two decimals, one line each. */
export const termSheetScheduleCsv = (sheet: TermSheet): string => {
  const rows = sheet.schedule.map((row) =>
    TERM_SHEET_CSV_COLUMNS.map((col) => (col === 'number' ? String(row.number) : row[col].toFixed(2))).join(','),
  );
  return `${[TERM_SHEET_CSV_COLUMNS.join(','), ...rows].join('\n')}\n`;
};
