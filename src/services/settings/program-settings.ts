import type { Kysely } from 'kysely';
import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import {
  DEFAULT_PROGRAM_SETTINGS,
  type ProgramSettings,
  ProgramSettingsSchema,
} from '../../core/eligibility/program-settings.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import {
  findProgramSettingsAt,
  insertProgramSettings,
  listProgramSettings,
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

/** The history, newest first, ending with the defaults. For those who may read the settings. */
export const programSettingsHistory = async (
  db: Kysely<Database>,
  actor: Actor,
): Promise<Result<ProgramSettingsVersion[]>> => {
  if (!can(actor, 'settings.read')) return refused('settings.read');
  const saved = (await listProgramSettings(db)).map((r) => ({
    version: r.version,
    settings: ProgramSettingsSchema.parse(r.settings),
    reason: r.reason,
    changedBy: r.changedBy,
    changedAt: r.changedAt.toISOString(),
  }));
  return ok([...saved, DEFAULT_VERSION]);
};

/** Saves a new version of the settings (admins only); earlier versions stay for replays as of a date. */
export const updateProgramSettings = async (
  deps: ServiceDeps,
  actor: Actor,
  input: { settings: ProgramSettings; reason: string },
): Promise<Result<ProgramSettingsVersion>> => {
  if (!can(actor, 'settings.update')) return refused('settings.update');
  return inTransaction(deps.db, async (trx) => {
    const latest = (await listProgramSettings(trx))[0];
    const version = (latest?.version ?? 0) + 1;
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
      summary: { reason: input.reason, settings: input.settings },
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
