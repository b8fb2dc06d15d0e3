import type { AppError } from '../../core/kernel/errors.ts';
import type { Result } from '../../core/kernel/result.ts';

/**
 * A result whose error names files by the names the user sent, not by the server's temporary folder: every
 * `FOLDER/` in the message and the details is removed (FOLDER alone reads "the files sent") (uploads and refreshes are written to a private folder
 * under their own names first).
 */
export const withoutFolder = <T>(result: Result<T>, folder: string): Result<T> => {
  if (result.ok) return result;
  const strip = (text: string): string => text.split(`${folder}/`).join('').split(folder).join('the files sent');
  const error: AppError = { ...result.error, message: strip(result.error.message) };
  if (result.error.details !== undefined) {
    error.details = JSON.parse(strip(JSON.stringify(result.error.details))) as AppError['details'];
  }
  return { ok: false, error };
};
