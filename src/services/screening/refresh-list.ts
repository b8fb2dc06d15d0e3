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

/** The fetch the refresh uses (the global fetch in production, a local one in tests). */
export type FetchFunction = (url: string, init: { headers: Record<string, string> }) => Promise<Response>;

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

/**
 * Fetches a list from its official URL with a conditional GET (If-None-Match: the ETag of the current
 * version) and imports it when it changed. A network failure or an HTTP error is an error value (retried); a
 * file the import refuses is a refusal (see RefreshResult), never a new version without entries.
 */
export const refreshList = async (
  deps: ServiceDeps,
  input: { source: string; url: string; format: Exclude<ListFormat, 'ofac'>; fetch: FetchFunction },
): Promise<Result<RefreshResult>> => {
  const current = await findCurrentListVersion(deps.db, input.source);
  const headers: Record<string, string> = current?.etag ? { 'if-none-match': current.etag } : {};
  let response: Response;
  try {
    response = await input.fetch(input.url, { headers });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return err(appError('internal_error', `Fetching ${input.url} failed: ${reason}`));
  }
  if (response.status === 304) return ok({ notModified: true });
  if (!response.ok) {
    return err(appError('internal_error', `Fetching ${input.url} failed: HTTP ${response.status}`));
  }
  const name = basename(new URL(input.url).pathname) || `${input.format}.txt`;
  const folder = await mkdtemp(join(tmpdir(), 'aiex-refresh-'));
  try {
    const path = join(folder, name);
    await writeFile(path, Buffer.from(await response.arrayBuffer()));
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
