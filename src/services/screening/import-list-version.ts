import { basename } from 'node:path';
import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import type { ListFormat } from '../../core/screening/lists/list-entry.ts';
import { diffLists, entryFingerprint } from '../../core/screening/lists/list-version.ts';
import { listVersionEntries } from '../../db/repos/list-entries.repo.ts';
import {
  findCurrentListVersion,
  insertListVersion,
  type ListVersionRecord,
  lockListSource,
} from '../../db/repos/list-versions.repo.ts';
import { refused } from '../access.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { hashListContent } from './hash-list-content.ts';
import { importListFile } from './load-list-file.ts';

/** A list source key: an official list, or an agency watchlist by name. */
export const LIST_SOURCE_PATTERN = /^(csl|ofac|un|dpl|watchlist:[a-z0-9][a-z0-9_-]{0,62})$/;

export type ImportListInput = {
  source: string;
  format: ListFormat;
  path: string;
  /** the list's own date (YYYY-MM-DD or YYYY-MM); else read from the file name, else today */
  asOf?: string;
  /** file names to record instead of the paths read (uploads) */
  fileNames?: string[];
  /** the ETag the file was fetched with (refresh) */
  etag?: string | null;
};

export type ImportListResult = {
  version: ListVersionRecord;
  duplicate: boolean;
  diff: { added: number; removed: number; changed: number; unchanged: number } | null;
  jobId: string | null;
};

const sourceMatchesFormat = (source: string, format: ListFormat): boolean =>
  format === 'watchlist' ? source.startsWith('watchlist:') : source === format;

const asOfFrom = (input: ImportListInput, files: string[], today: Date): string => {
  if (input.asOf) return input.asOf;
  for (const file of input.fileNames ?? files) {
    const found = /(\d{4}-\d{2}(?:-\d{2})?)/.exec(basename(file));
    if (found?.[1]) return found[1];
  }
  return today.toISOString().slice(0, 10);
};

/**
 * Imports a list file as a new version of its source. A file that does not parse changes nothing
 * (list_malformed names file, line and field). Content identical to the current version is recognised
 * (duplicate: true, nothing stored). Otherwise the version and its entries are stored, made current, diffed
 * against the previous current version, and a delta re-screening job is queued: all in one transaction.
 * actor null: the system (a scheduled refresh).
 */
export const importListVersion = async (
  deps: ServiceDeps,
  actor: Actor | null,
  input: ImportListInput,
): Promise<Result<ImportListResult>> => {
  if (actor !== null && !can(actor, 'lists.import')) return refused('lists.import');
  if (!LIST_SOURCE_PATTERN.test(input.source) || !sourceMatchesFormat(input.source, input.format)) {
    return err(
      appError(
        'invalid_input',
        `Source "${input.source}" does not fit format ${input.format}: use the format's name (csl, ofac, un, dpl) or watchlist:NAME for a watchlist.`,
        [{ path: 'source', message: 'does not fit the format' }],
      ),
    );
  }
  const parsed = await importListFile(input.format, input.path);
  if (!parsed.ok) return parsed;
  const hashed = await hashListContent(input.format, input.path);
  if (!hashed.ok) return hashed;
  const entries = parsed.value.entries;
  const contentHash = hashed.value;
  const stored = entries.map((entry) => ({ entry, fingerprint: entryFingerprint(entry, deps.sha256) }));
  const files = input.fileNames ?? parsed.value.files.map((file) => basename(file));

  return inTransaction<ImportListResult>(deps.db, async (trx) => {
    await lockListSource(trx, input.source);
    const previous = await findCurrentListVersion(trx, input.source, { forUpdate: true });
    if (previous && previous.contentHash === contentHash) {
      return ok({ version: previous, duplicate: true, diff: null, jobId: null });
    }
    const now = deps.clock();
    const version: ListVersionRecord = {
      id: deps.newId(),
      source: input.source,
      format: input.format,
      contentHash,
      asOf: asOfFrom(input, parsed.value.files, now),
      entryCount: entries.length,
      importedAt: now,
      importedBy: actor?.userId ?? null,
      isCurrent: true,
      files,
      etag: input.etag ?? null,
    };
    const before = previous ? (await listVersionEntries(trx, previous.id)).map((item) => item.entry) : [];
    const diff = diffLists(before, entries, deps.sha256);
    await insertListVersion(trx, version, stored);
    const jobId = await enqueueJob(trx, deps, {
      kind: 'delta-rescreen',
      payload: { listVersionId: version.id, previousVersionId: previous?.id ?? null },
    });
    const counts = {
      added: diff.added.length,
      removed: diff.removed.length,
      changed: diff.changed.length,
      unchanged: diff.unchanged,
    };
    await recordAudit(trx, deps, {
      actor,
      action: 'list.import',
      objectType: 'list_version',
      objectId: version.id,
      summary: {
        source: version.source,
        format: version.format,
        contentHash,
        asOf: version.asOf,
        entryCount: version.entryCount,
        previousVersionId: previous?.id ?? null,
        ...counts,
      },
    });
    return ok({ version, duplicate: false, diff: counts, jobId });
  });
};
