import { appError } from '../core/kernel/errors.ts';
import { err, ok, type Result } from '../core/kernel/result.ts';
import { type Settings, SettingsSchema } from './settings.schema.ts';

/** Parses the environment; every problem is reported together. */
export const loadSettings = (env: Record<string, string | undefined>): Result<Settings> => {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = SettingsSchema.safeParse(cleaned);
  if (parsed.success) return ok(parsed.data);
  const details = parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  return err(
    appError('invalid_input', `Invalid settings: ${details.map((d) => `${d.path}: ${d.message}`).join('; ')}`, details),
  );
};
