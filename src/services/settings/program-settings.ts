import type { Kysely } from 'kysely';
import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import {
  DEFAULT_PROGRAM_SETTINGS,
  PROGRAM_SETTINGS_EFFECTIVE_FROM,
  type ProgramSettings,
  ProgramSettingsSchema,
} from '../../core/eligibility/program-settings.ts';
import { diffProgramSettings, type SettingChange } from '../../core/eligibility/program-settings-diff.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { rubricVersionProblem } from '../../core/review/rubric.ts';
import {
  findProgramSettingsAt,
  insertProgramSettings,
  listProgramSettings,
  namesOfSettingsAuthors,
} from '../../db/repos/program-settings.repo.ts';
import type { Database } from '../../db/schema.ts';
import { refused } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';

export type ProgramSettingsVersion = {
  version: number;
  settings: ProgramSettings;
  reason: string;
  changedBy: string | null;
  changedAt: string | null;
};

const DEFAULT_VERSION: ProgramSettingsVersion = {
  version: 0,
  settings: DEFAULT_PROGRAM_SETTINGS,
  reason: 'Defaults of the Call for Proposals (FR Doc 2026-06952)',
  changedBy: null,
  changedAt: null,
};

/** The settings in force at a moment (the defaults until an admin saves a version). */
export const programSettingsAt = async (db: Kysely<Database>, at: Date): Promise<ProgramSettingsVersion> => {
  const record = await findProgramSettingsAt(db, at);
  if (!record) return DEFAULT_VERSION;
  return {
    version: record.version,
    settings: ProgramSettingsSchema.parse(record.settings),
    reason: record.reason,
    changedBy: record.changedBy,
    changedAt: record.changedAt.toISOString(),
  };
};

/** A version with what it changed from the version before it (the defaults for version 1; none for the defaults). */
export type ProgramSettingsVersionWithChanges = ProgramSettingsVersion & {
  changedByName: string | null;
  changes: SettingChange[];
};

/** The history, newest first, ending with the defaults, each with its changes field by field. */
export const programSettingsHistory = async (
  db: Kysely<Database>,
  actor: Actor,
): Promise<Result<ProgramSettingsVersionWithChanges[]>> => {
  if (!can(actor, 'settings.read')) return refused('settings.read');
  const records = await listProgramSettings(db);
  const names = await namesOfSettingsAuthors(
    db,
    records.flatMap((r) => (r.changedBy ? [r.changedBy] : [])),
  );
  const versions = [
    ...records.map((r) => ({
      version: r.version,
      settings: ProgramSettingsSchema.parse(r.settings),
      reason: r.reason,
      changedBy: r.changedBy,
      changedAt: r.changedAt.toISOString(),
    })),
    DEFAULT_VERSION,
  ];
  return ok(
    versions.map((v, i) => {
      const older = versions[i + 1];
      return {
        ...v,
        changedByName: v.changedBy ? (names.get(v.changedBy) ?? null) : null,
        changes: older ? diffProgramSettings(older.settings, v.settings) : [],
      };
    }),
  );
};

/** The answer for a date: the version in force at the end of that day (UTC), or none before the program began. */
export type ProgramSettingsOnDate = {
  date: string;
  version: ProgramSettingsVersion | null;
  message: string;
};

/**
 * The settings in force on a day (`YYYY-MM-DD`): the newest version saved by the end of that day (UTC); the
 * defaults from PROGRAM_SETTINGS_EFFECTIVE_FROM until the first saved version; none before that.
 */
export const programSettingsOnDate = async (
  db: Kysely<Database>,
  actor: Actor,
  date: string,
): Promise<Result<ProgramSettingsOnDate>> => {
  if (!can(actor, 'settings.read')) return refused('settings.read');
  const endOfDay = new Date(`${date}T23:59:59.999Z`);
  if (Number.isNaN(endOfDay.getTime()) || endOfDay.toISOString().slice(0, 10) !== date) {
    return err(appError('invalid_input', 'Not a date', [{ path: 'date', message: 'must be a date as YYYY-MM-DD' }]));
  }
  const record = await findProgramSettingsAt(db, endOfDay);
  if (!record && date < PROGRAM_SETTINGS_EFFECTIVE_FROM) {
    return ok({
      date,
      version: null,
      message: `No settings were in force on ${date}: the program's settings take effect on ${PROGRAM_SETTINGS_EFFECTIVE_FROM} (Call for Proposals, FR Doc 2026-06952).`,
    });
  }
  const version = await programSettingsAt(db, endOfDay);
  return ok({
    date,
    version,
    message:
      version.version === 0
        ? `On ${date} the defaults of the Call for Proposals were in force (no version had been saved yet).`
        : `On ${date} version ${version.version} was in force (saved ${version.changedAt}).`,
  });
};

/** Saves a new version of the settings (admins only); earlier versions stay for replays as of a date. */
export const updateProgramSettings = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { settings: ProgramSettings; reason: string },
): Promise<Result<ProgramSettingsVersion>> => {
  if (!can(actor, 'settings.update')) return refused('settings.update');
  return inTransaction(deps.db, async (trx) => {
    const saved = await listProgramSettings(trx);
    const latest = saved[0];
    const version = (latest?.version ?? 0) + 1;
    const before = latest ? ProgramSettingsSchema.parse(latest.settings) : DEFAULT_PROGRAM_SETTINGS;
    // a review names the rubric version it was scored on: a version is never reused with other criteria
    const earlierRubrics = [
      ...saved.map((r) => ProgramSettingsSchema.parse(r.settings).rubric),
      DEFAULT_PROGRAM_SETTINGS.rubric,
    ];
    const rubricProblem = rubricVersionProblem(earlierRubrics, input.settings.rubric);
    if (rubricProblem)
      return err(
        appError('invalid_input', `Invalid input: settings.${rubricProblem.path}: ${rubricProblem.message}`, [
          { path: `settings.${rubricProblem.path}`, message: rubricProblem.message },
        ]),
      );
    const changedAt = deps.clock();
    await insertProgramSettings(trx, {
      version,
      settings: input.settings,
      reason: input.reason,
      changedBy: actor.userId,
      changedAt,
    });
    await recordAudit(trx, deps, {
      actor,
      action: 'program-settings.update',
      objectType: 'program-settings',
      objectId: String(version),
      summary: {
        reason: input.reason,
        before,
        after: input.settings,
        changes: diffProgramSettings(before, input.settings),
      },
    });
    return ok({
      version,
      settings: input.settings,
      reason: input.reason,
      changedBy: actor.userId,
      changedAt: changedAt.toISOString(),
    });
  });
};
