import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Settings } from '../config/settings.schema.ts';
import { MIN_AUDIT_KEY_LENGTH } from '../core/audit/audit-checkpoint.ts';
import { appError } from '../core/kernel/errors.ts';
import { err, ok, type Result } from '../core/kernel/result.ts';

/**
 * The key that signs audit checkpoints: AIEXPORTS_AUDIT_KEY, or the content of AIEXPORTS_AUDIT_KEY_FILE
 * (trailing whitespace ignored); `null` when neither is set (checkpoints off). Both set, an unreadable file
 * or a short key are `invalid_input`.
 */
export const resolveAuditKey = (settings: Settings, cwd: string): Result<string | null> => {
  const { AIEXPORTS_AUDIT_KEY: key, AIEXPORTS_AUDIT_KEY_FILE: file } = settings;
  if (key !== undefined && file !== undefined) {
    return err(
      appError('invalid_input', 'Invalid settings: set AIEXPORTS_AUDIT_KEY or AIEXPORTS_AUDIT_KEY_FILE, not both'),
    );
  }
  if (key !== undefined) return ok(key);
  if (file === undefined) return ok(null);
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8').trimEnd();
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    return err(
      appError('invalid_input', `Invalid settings: AIEXPORTS_AUDIT_KEY_FILE: cannot read ${file} (${reason})`),
    );
  }
  if (text.length < MIN_AUDIT_KEY_LENGTH) {
    return err(
      appError(
        'invalid_input',
        `Invalid settings: AIEXPORTS_AUDIT_KEY_FILE: the key in ${file} must be at least ${MIN_AUDIT_KEY_LENGTH} characters`,
      ),
    );
  }
  return ok(text);
};
