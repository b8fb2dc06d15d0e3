import { z } from '@hono/zod-openapi';
import { ProgramSettingsSchema } from '../../../core/eligibility/program-settings.ts';
import { LIST_SCHEDULE_ORIGINS } from '../../../core/screening/lists/list-schedule.ts';

/** Wire schemas of the program settings. */
export const ProgramSettingsVersionSchema = z
  .object({
    version: z.number(),
    settings: ProgramSettingsSchema,
    reason: z.string(),
    changedBy: z.string().nullable(),
    changedAt: z.string().nullable(),
  })
  .openapi('ProgramSettingsVersion');
/** One setting changed by a version: its dotted field name and its values before and after. */
export const SettingChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });
export const ProgramSettingsHistoryEntrySchema = ProgramSettingsVersionSchema.extend({
  /** the name of the user who saved it (null for the defaults) */
  changedByName: z.string().nullable(),
  /** what it changed from the version before it (empty for the defaults) */
  changes: z.array(SettingChangeSchema),
});
export const ProgramSettingsUpdateRequestSchema = z.object({
  settings: ProgramSettingsSchema,
  reason: z.string().trim().min(3, 'say why the settings change (at least 3 characters)').max(2000),
});
export const ProgramSettingsHistorySchema = z.object({ versions: z.array(ProgramSettingsHistoryEntrySchema) });
export const ProgramSettingsSavedSchema = z.object({ version: ProgramSettingsVersionSchema });
export const ProgramSettingsOnDateQuerySchema = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
    .openapi({ param: { name: 'date', in: 'query' }, example: '2026-11-30' }),
});
export const ProgramSettingsOnDateSchema = z.object({
  date: z.string(),
  /** the version in force at the end of that day (UTC); null before the program's settings took effect */
  version: ProgramSettingsVersionSchema.nullable(),
  message: z.string(),
});

/** The list sources and their schedule (admins, compliance officers). */
export const ListSourcesOverviewSchema = z.object({
  schedule: z.object({
    /** the interval in force, in hours (0: off) */
    refreshHours: z.number(),
    /** where it comes from: the program setting, AIEXPORTS_LIST_REFRESH_HOURS, demo mode (off), or no schedule in this process */
    origin: z.enum(LIST_SCHEDULE_ORIGINS),
    settingHours: z.number(),
    environmentHours: z.number().nullable(),
  }),
  maxListAgeDays: z.number(),
  settingsVersion: z.number(),
  sources: z.array(
    z.object({
      source: z.string(),
      url: z.string(),
      format: z.string(),
      enabled: z.boolean(),
      current: z
        .object({
          id: z.string(),
          asOf: z.string(),
          importedAt: z.string(),
          entryCount: z.number(),
          ageDays: z.number(),
          stale: z.boolean(),
        })
        .nullable(),
      lastRefresh: z
        .object({
          jobId: z.string(),
          finishedAt: z.string().nullable(),
          outcome: z.enum(['imported', 'unchanged', 'duplicate', 'refused', 'failed']),
          message: z.string(),
        })
        .nullable(),
      pending: z.boolean(),
      nextDue: z.string().nullable(),
      nextDueNote: z.string(),
    }),
  ),
});

export type ProgramSettingsVersion = z.infer<typeof ProgramSettingsVersionSchema>;
export type ProgramSettingsHistory = z.infer<typeof ProgramSettingsHistorySchema>;
export type ProgramSettingsHistoryEntry = z.infer<typeof ProgramSettingsHistoryEntrySchema>;
export type ProgramSettingsSaved = z.infer<typeof ProgramSettingsSavedSchema>;
export type ProgramSettingsUpdateRequest = z.infer<typeof ProgramSettingsUpdateRequestSchema>;
export type ProgramSettingsOnDate = z.infer<typeof ProgramSettingsOnDateSchema>;
export type ListSourcesOverview = z.infer<typeof ListSourcesOverviewSchema>;
