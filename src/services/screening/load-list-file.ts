import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import { parseCslCsv } from '../../core/screening/lists/csl-csv.ts';
import { parseCslJson } from '../../core/screening/lists/csl-json.ts';
import { parseDplText } from '../../core/screening/lists/dpl-text.ts';
import type { ListEntry, ListFormat } from '../../core/screening/lists/list-entry.ts';
import { listMalformed } from '../../core/screening/lists/list-error.ts';
import { type OfacSkipped, parseOfacLegacy } from '../../core/screening/lists/ofac-legacy.ts';
import { parseUnXml } from '../../core/screening/lists/un-xml.ts';
import { parseWatchlistCsv } from '../../core/screening/lists/watchlist-csv.ts';
import { isGzipped, type ListFiles, resolveListFiles } from './resolve-list-files.ts';
import { strictUtf8, Utf8Error } from './strict-utf8.ts';

/** What an import read: the entries, the files, and (OFAC) the linked rows skipped for lack of a primary record. */
export type ListImport = { entries: ListEntry[]; files: string[]; skipped?: OfacSkipped };

/** A `.gz` list file whose compressed bytes could not be read (truncated or not gzip at all). */
class GzipReadError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/** The decompressed bytes of a `.gz` file, chunk by chunk; a read or gzip error becomes a GzipReadError. */
async function* gunzippedBytes(path: string): AsyncGenerator<Buffer> {
  const stream = pipeline(createReadStream(path), createGunzip({ chunkSize: 1 << 16 }), () => {});
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw new GzipReadError(path, error);
  }
}

/**
 * Streams a file as UTF-8 text chunks (64 KiB), never holding the whole file; a `.gz` file is gunzipped. Bytes
 * that are not UTF-8 stop the read (a Utf8Error naming line and offset), never become U+FFFD.
 */
const textOf = (path: string): AsyncIterable<string> =>
  strictUtf8(isGzipped(path) ? gunzippedBytes(path) : createReadStream(path, { highWaterMark: 1 << 16 }), path);

/** Turns a failed gunzip or UTF-8 decoding into a list_malformed value; any other exception stays an exception. */
const readFailure = (error: unknown): Result<never> => {
  if (error instanceof Utf8Error) {
    return err(
      listMalformed({ file: error.file, line: error.line, byte: error.offset }, `not UTF-8: ${error.message}`),
    );
  }
  if (!(error instanceof GzipReadError)) throw error;
  return err(listMalformed({ file: error.file }, `not a readable gzip file (${error.message})`));
};

const filesOf = (files: ListFiles): string[] =>
  files.format === 'ofac'
    ? files.sets.flatMap((set) =>
        [set.primary, set.aliases, set.addresses, set.comments].filter((f) => f !== undefined),
      )
    : [files.file];

const readOfac = async (files: Extract<ListFiles, { format: 'ofac' }>): Promise<Result<ListImport>> => {
  const entries: ListEntry[] = [];
  const skipped: OfacSkipped = { aliases: 0, addresses: 0, comments: 0 };
  for (const set of files.sets) {
    const optional = (path: string | undefined) =>
      path === undefined ? undefined : { text: textOf(path), file: path };
    const result = await parseOfacLegacy({
      source: set.source,
      primary: { text: textOf(set.primary), file: set.primary },
      aliases: optional(set.aliases),
      addresses: optional(set.addresses),
      comments: optional(set.comments),
    });
    if (!result.ok) return result;
    entries.push(...result.value.entries);
    skipped.aliases += result.value.skipped.aliases;
    skipped.addresses += result.value.skipped.addresses;
    skipped.comments += result.value.skipped.comments;
  }
  return ok({ entries, files: filesOf(files), skipped });
};

const readOne = async (files: Exclude<ListFiles, { format: 'ofac' }>): Promise<Result<ListEntry[]>> => {
  const options = { file: files.file };
  const text = textOf(files.file);
  switch (files.format) {
    case 'csl':
      return /\.json(?:\.gz)?$/i.test(files.file) ? parseCslJson(text, options) : parseCslCsv(text, options);
    case 'un':
      return parseUnXml(text, options);
    case 'dpl':
      return parseDplText(text, options);
    case 'watchlist':
      return parseWatchlistCsv(text, options);
  }
};

/** Reads a list from files (see resolveListFiles for what a path may name) and reports what was skipped. */
export const importListFile = async (format: ListFormat, path: string): Promise<Result<ListImport>> => {
  const resolved = await resolveListFiles(format, path);
  if (!resolved.ok) return resolved;
  const files = resolved.value;
  try {
    if (files.format === 'ofac') return await readOfac(files);
    const entries = await readOne(files);
    return entries.ok ? ok({ entries: entries.value, files: [files.file] }) : err(entries.error);
  } catch (error) {
    return readFailure(error);
  }
};

/**
 * Reads the entries of a list: `csl` (.csv or .json), `ofac` (a folder or a primary file with its
 * companions), `un` (.xml), `dpl` (.txt), `watchlist` (.csv), each also gzip-compressed (`.gz` added).
 * Errors are values naming the file.
 */
export const loadListFile = async (format: ListFormat, path: string): Promise<Result<ListEntry[]>> => {
  const imported = await importListFile(format, path);
  return imported.ok ? ok(imported.value.entries) : imported;
};
