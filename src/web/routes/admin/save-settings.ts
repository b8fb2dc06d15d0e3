import type { ProgramSettings } from '../../../core/eligibility/program-settings.ts';
import { ApiError, api } from '../../api/client.ts';
import type { ProgramSettingsVersion } from '../../api/types.ts';
import { fieldOfErrorPath } from './settings-fields.ts';

/** The answer of a save: the new version, or the errors by field (`reason`, a settings path, or '' for the form). */
export type SaveOutcome = { ok: true; version: ProgramSettingsVersion } | { ok: false; errors: Record<string, string> };

/** Numbers left empty or unreadable are sent as null, so the server names the field (never a silent default). */
const withoutGaps = (settings: ProgramSettings): unknown =>
  JSON.parse(
    JSON.stringify(settings, (_key, value) =>
      value === undefined || (typeof value === 'number' && !Number.isFinite(value)) ? null : value,
    ),
  );

/** Saves a new settings version with its reason; the API's field errors come back keyed by field. */
export const saveSettings = async (settings: ProgramSettings, reason: string): Promise<SaveOutcome> => {
  if (reason.trim().length < 3)
    return { ok: false, errors: { reason: 'Say why the settings change (at least 3 characters).' } };
  try {
    const saved = await api.saveProgramSettings({ settings: withoutGaps(settings) as ProgramSettings, reason });
    return { ok: true, version: saved.version };
  } catch (caught) {
    if (caught instanceof ApiError && caught.details.length > 0) {
      const errors: Record<string, string> = {};
      for (const detail of caught.details) {
        const key = detail.path === 'reason' ? 'reason' : (fieldOfErrorPath(detail.path) ?? '');
        errors[key] ??= detail.message;
      }
      return { ok: false, errors };
    }
    return { ok: false, errors: { '': caught instanceof Error ? caught.message : String(caught) } };
  }
};
