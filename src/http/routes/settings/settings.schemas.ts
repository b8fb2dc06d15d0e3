import { z } from '@hono/zod-openapi';
import { ProgramSettingsSchema } from '../../../core/eligibility/program-settings.ts';

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
export const ProgramSettingsUpdateRequestSchema = z.object({
  settings: ProgramSettingsSchema,
  reason: z.string().trim().min(3, 'say why').max(2000),
});
export const ProgramSettingsHistorySchema = z.object({ versions: z.array(ProgramSettingsVersionSchema) });
export const ProgramSettingsSavedSchema = z.object({ version: ProgramSettingsVersionSchema });

export type ProgramSettingsVersion = z.infer<typeof ProgramSettingsVersionSchema>;
export type ProgramSettingsHistory = z.infer<typeof ProgramSettingsHistorySchema>;
export type ProgramSettingsSaved = z.infer<typeof ProgramSettingsSavedSchema>;
