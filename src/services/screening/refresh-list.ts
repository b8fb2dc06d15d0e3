import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import type { ListFormat } from '../../core/screening/lists/list-entry.ts';
import { findCurrentListVersion } from '../../db/repos/list-versions.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { type ImportListResult, importListVersion } from './import-list-version.ts';
import { recordRefusedRefresh } from './record-refused-refresh.ts';
import { withoutFolder } from './without-folder.ts';

/** The fetch the refresh uses (the global fetch in production, a local one in tests); it must honour the signal. */
export type FetchFunction = (
  url: string,
  init: { headers: Record<string, string>; signal?: AbortSignal },
) => Promise<Response>;

/** How long a download may take, headers and body, when no timeout is given (AIEXPORTS_FETCH_TIMEOUT_SECONDS). */
export const DEFAULT_FETCH_TIMEOUT_MS = 60_000;

/** Where each list source is refreshed from: its official URL and format (one file; not OFAC's set of files). */
export type ListSourceConfig = Record<string, { url: string; format: Exclude<ListFormat, 'ofac'> }>;

/**
 * Not modified (304); imported (or recognised as identical); or refused: the file fetched holds no entries, does
 * not parse, or removes more than the allowed share of entries. A refusal keeps the current version, raises a
 * list alert and is audited; the job ends (a retry would fetch the same file) with the refusal as its result.
 */
export type RefreshResult =
  | { notModified: true }
  | ({ notModified: false; refused: null } & ImportListResult)
  | { notModified: false; refused: { code: string; message: string }; alertId: string };

/** Why a fetch (or the read of its body) failed, saying so plainly when it ran out of time. */
const fetchFailure = (url: string, error: unknown, timeoutMs: number, timeout: AbortSignal) => {
  const reason = error instanceof Error ? error.message : String(error);
  const message = timeout.aborted
    ? `Fetching ${url} timed out after ${timeoutMs / 1000} s (AIEXPORTS_FETCH_TIMEOUT_SECONDS)`
    : `Fetching ${url} failed: ${reason}`;
  return err(appError('internal_error', message));
};

/**
 * Fetches a list from its official URL with a conditional GET (If-None-Match: the ETag of the current
 * version) and imports it when it changed. The download (headers and body) is abandoned after timeoutMs, or
 * when the caller's signal aborts. A network failure, a timeout or an HTTP error is an error value (retried); a
 * file the import refuses is a refusal (see RefreshResult), never a new version without entries.
 */
export const refreshList = async (
  deps: ServiceDeps,
  input: {
    source: string;
    url: string;
    format: Exclude<ListFormat, 'ofac'>;
    fetch: FetchFunction;
    timeoutMs?: number;
    signal?: AbortSignal;
  },
): Promise<Result<RefreshResult>> => {
  const current = await findCurrentListVersion(deps.db, input.source);
  const headers: Record<string, string> = current?.etag ? { 'if-none-match': current.etag } : {};
  const timeoutMs = input.timeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = input.signal ? AbortSignal.any([timeout, input.signal]) : timeout;
  let response: Response;
  let body: Buffer;
  try {
    response = await input.fetch(input.url, { headers, signal });
    if (response.status === 304) return ok({ notModified: true });
    if (!response.ok) {
      return err(appError('internal_error', `Fetching ${input.url} failed: HTTP ${response.status}`));
    }
    body = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    return fetchFailure(input.url, error, timeoutMs, timeout);
  }
  const name = basename(new URL(input.url).pathname) || `${input.format}.txt`;
  const folder = await mkdtemp(join(tmpdir(), 'aiex-refresh-'));
  try {
    const path = join(folder, name);
    await writeFile(path, body);
    const imported = withoutFolder(
      await importListVersion(deps, null, {
        source: input.source,
        format: input.format,
        path,
        fileNames: [name],
        etag: response.headers.get('etag'),
      }),
      folder,
    );
    if (imported.ok) return ok({ notModified: false, refused: null, ...imported.value });
    const { code, message } = imported.error;
    if (code !== 'list_malformed' && code !== 'conflict') return imported;
    const recorded = await recordRefusedRefresh(deps, {
      source: input.source,
      url: input.url,
      refusal: imported.error,
    });
    if (!recorded.ok) return recorded;
    return ok({ notModified: false, refused: { code, message }, alertId: recorded.value.alertId });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
};
