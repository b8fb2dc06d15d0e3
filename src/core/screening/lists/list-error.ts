import { type AppError, appError } from '../../kernel/errors.ts';

/**
 * Where in a list file a problem was found. `field` names the column or element (for JSON, the path such
 * as `results[3].name`). `line` is 1-based; it is absent only for JSON records, which the path locates. `byte`
 * is the 0-based offset of a byte that is not UTF-8.
 */
export type ListErrorPlace = { file?: string; line?: number; field?: string; byte?: number };

/** A `list_malformed` error whose message and details name the file (if known), line and field. */
export const listMalformed = (place: ListErrorPlace, problem: string): AppError => {
  const where = [
    place.file,
    place.line === undefined ? undefined : `line ${place.line}`,
    place.field === undefined ? undefined : `field ${place.field}`,
  ]
    .filter((part) => part !== undefined)
    .join(', ');
  const details: Record<string, unknown> = {};
  if (place.line !== undefined) details.line = place.line;
  if (place.file !== undefined) details.file = place.file;
  if (place.field !== undefined) details.field = place.field;
  if (place.byte !== undefined) details.byte = place.byte;
  return appError('list_malformed', `${where}: ${problem}`, details);
};

/** Options every parser accepts: the file name to put in error messages. */
export type ParseOptions = { file?: string };
