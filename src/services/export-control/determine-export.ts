import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { type Determination, type DetermineInput, determine } from '../../core/export-control/determine.ts';
import { applyEndUserScreening, type EndUserScreening } from '../../core/export-control/end-user-lists.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { refused } from '../access.ts';
import { screenEndUsers } from '../eligibility/screen-end-users.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { programSettingsAt } from '../settings/program-settings.ts';

export type DetermineExportInput = DetermineInput & {
  /** the date whose rules apply (YYYY-MM-DD); default today (UTC) */
  date?: string | undefined;
  /** end users by name, checked with the consignee against the Entity, Unverified and MEU lists */
  endUsers?: readonly string[] | undefined;
};

/** A determination; with the end-user list screening it used when a consignee or end user was named. */
export type DeterminationResult = Determination & { endUsers?: EndUserScreening };

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
  'endUsers',
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
 * A named consignee or end user is checked against the Entity List, Unverified List and Military End-User List of
 * the current list versions (the screening matcher and index, as `check` does); with no current Consolidated
 * Screening List the answer is lists_unavailable (fail-closed), never a determination that skipped them.
 */
export const determineExport = async (
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'screeningCache'>,
  actor: Actor,
  input: DetermineExportInput,
): Promise<Result<DeterminationResult>> => {
  if (!can(actor, 'export_control.determine')) return refused('export_control.determine');
  const now = deps.clock();
  const today = now.toISOString().slice(0, 10);
  const { date: given, endUsers = [], ...item } = input;
  const date = given ?? today;
  const at = date >= today ? now : new Date(`${date}T23:59:59.999Z`);
  const settings = await programSettingsAt(deps.db, Number.isNaN(at.getTime()) ? now : at);
  const result = determine(item, date, { switches: settings.settings.ruleSwitches });
  if (result.ok) return withEndUserLists(deps, result.value, input.consignee, endUsers);
  const field = fieldOf(result.error.message);
  return field === undefined || result.error.details !== undefined
    ? result
    : err(appError(result.error.code, result.error.message, [{ path: field, message: result.error.message }]));
};

const withEndUserLists = async (
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'screeningCache'>,
  determination: Determination,
  consignee: string | undefined,
  endUsers: readonly string[],
): Promise<Result<DeterminationResult>> => {
  const parties = [
    ...(consignee?.trim() ? [{ role: 'consignee' as const, name: consignee.trim() }] : []),
    ...endUsers.map((name) => ({ role: 'end user' as const, name: name.trim() })).filter((p) => p.name !== ''),
  ];
  if (parties.length === 0) return ok(determination);
  const screening = await screenEndUsers(deps, parties);
  if (screening.status === 'unavailable') {
    return err(
      appError(
        'lists_unavailable',
        `The named parties were not checked against the end-user lists: ${screening.reason}`,
      ),
    );
  }
  return ok(applyEndUserScreening(determination, screening));
};
