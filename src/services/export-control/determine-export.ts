import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { type Determination, type DetermineInput, determine } from '../../core/export-control/determine.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, type Result } from '../../core/kernel/result.ts';
import { refused } from '../access.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { programSettingsAt } from '../settings/program-settings.ts';

export type DetermineExportInput = DetermineInput & {
  /** the date whose rules apply (YYYY-MM-DD); default today (UTC) */
  date?: string | undefined;
};

const FIELDS = [
  'eccn',
  'destination',
  'headquarters',
  'ultimateParentHeadquarters',
  'consignee',
  'transaction',
  'tpp',
  'performanceDensity',
  'memoryBandwidthGBs',
  'memoryBandwidthDensity',
  'ioBandwidthGBs',
  'date',
] as const;

/** The input field a core message is about: it names the field first, or is the ECCN's or the date's message. */
const fieldOf = (message: string): string | undefined => {
  const named = FIELDS.find((f) => message.startsWith(`${f}:`) || message.startsWith(`${f} `));
  if (named) return named;
  if (message.includes('is not an ECCN')) return 'eccn';
  if (message.startsWith('date ')) return 'date';
  return undefined;
};

/**
 * Export-control determination of one item to one destination on a date (default today), with the rule
 * switches of the program settings in force at the end of that date (as a proposal's check uses). Applicants
 * and government roles; reads nothing confidential and writes nothing. Bad input is invalid_input naming its field.
 */
export const determineExport = async (
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  actor: Actor,
  input: DetermineExportInput,
): Promise<Result<Determination>> => {
  if (!can(actor, 'export_control.determine')) return refused('export_control.determine');
  const now = deps.clock();
  const today = now.toISOString().slice(0, 10);
  const { date: given, ...item } = input;
  const date = given ?? today;
  const at = date >= today ? now : new Date(`${date}T23:59:59.999Z`);
  const settings = await programSettingsAt(deps.db, Number.isNaN(at.getTime()) ? now : at);
  const result = determine(item, date, { switches: settings.settings.ruleSwitches });
  if (result.ok) return result;
  const field = fieldOf(result.error.message);
  return field === undefined || result.error.details !== undefined
    ? result
    : err(appError(result.error.code, result.error.message, [{ path: field, message: result.error.message }]));
};
