import { basename } from 'node:path';
import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import { appError } from '../../core/kernel/errors.ts';
import { err, ok, type Result } from '../../core/kernel/result.ts';
import type { ListFormat } from '../../core/screening/lists/list-entry.ts';
import { listMalformed } from '../../core/screening/lists/list-error.ts';
import { type ListShrink, measureListShrink } from '../../core/screening/lists/list-shrink.ts';
import { diffLists, entryFingerprint } from '../../core/screening/lists/list-version.ts';
import { insertListAlert } from '../../db/repos/alerts.repo.ts';
import { listVersionEntries } from '../../db/repos/list-entries.repo.ts';
import {
  findCurrentListVersion,
  insertListVersion,
  type ListVersionRecord,
  lockListSource,
} from '../../db/repos/list-versions.repo.ts';
import { refused } from '../access.ts';
import { enqueueJob } from '../jobs/enqueue-job.ts';
import { listAlertNotice } from '../notifications/list-alert-notice.ts';
import { notify } from '../notifications/notify.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { programSettingsAt } from '../settings/program-settings.ts';
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
  /** import even if the version removes more than maxListShrinkPercent of the current entries (needs a reason) */
  allowShrink?: boolean;
  /** why the shrink is allowed; required with allowShrink, recorded in the audit entry and the alert */
  reason?: string;
};

export type ImportListResult = {
  version: ListVersionRecord;
  duplicate: boolean;
  diff: { added: number; removed: number; changed: number; unchanged: number } | null;
  jobId: string | null;
  /** the removals measured against the current version (null for a first version or a duplicate) */
  shrink: ListShrink | null;
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

const shrinkRefused = (source: string, shrink: ListShrink): Result<never> =>
  err(
    appError(
      'conflict',
      `${source}: the new version would remove ${shrink.removed} of the ${shrink.current} current entries (${shrink.percent}%), more than the ${shrink.maxPercent}% allowed (program setting maxListShrinkPercent); the current version stays. If the removals are real, import again with --allow-shrink --reason "…" (API: "allowShrink": true and a "reason").`,
      { kind: 'list_shrink', source, ...shrink },
    ),
  );

/**
 * Imports a list file as a new version of its source. A file that does not parse changes nothing
 * (list_malformed names file, line and field), nor does one without entries (list_malformed). Content
 * identical to the current version is recognised (duplicate: true, nothing stored). A version that removes
 * more than the program setting maxListShrinkPercent of the current entries is refused (conflict, details.kind
 * 'list_shrink') unless allowShrink is given with a reason; an allowed shrink raises a list alert. Otherwise the
 * version and its entries are stored, made current, diffed against the previous current version, and a delta
 * re-screening job is queued: all in one transaction with the audit entry. actor null: the system (a refresh).
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
  const reason = input.reason?.trim() ?? '';
  if (input.allowShrink && reason === '') {
    return err(
      appError('invalid_input', 'Allowing a list to shrink needs a reason (--reason "…"; API: "reason").', [
        { path: 'reason', message: 'give a reason' },
      ]),
    );
  }
  const parsed = await importListFile(input.format, input.path);
  if (!parsed.ok) return parsed;
  if (parsed.value.entries.length === 0) {
    const named = (input.fileNames ?? parsed.value.files).join(', ');
    return err(
      listMalformed(
        { file: named },
        'the list holds no entries (a header only, or no records); a version without entries is refused and the current version stays',
      ),
    );
  }
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
      return ok({ version: previous, duplicate: true, diff: null, jobId: null, shrink: null });
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
    const { settings } = await programSettingsAt(trx, now);
    const shrink = previous
      ? measureListShrink({
          removed: diff.removed.length,
          current: previous.entryCount,
          maxPercent: settings.maxListShrinkPercent,
        })
      : null;
    if (shrink?.excessive && !input.allowShrink) return shrinkRefused(input.source, shrink);
    await insertListVersion(trx, version, stored);
    if (shrink?.excessive) {
      const message = `${version.source}: version ${version.id} removed ${shrink.removed} of ${shrink.current} entries (${shrink.percent}%, more than the ${shrink.maxPercent}% allowed); allowed by ${actor?.name ?? 'the system'}: ${reason}`;
      await insertListAlert(trx, {
        id: deps.newId(),
        kind: 'list_shrink_allowed',
        listSource: version.source,
        listVersionId: version.id,
        message,
        createdAt: now,
      });
      await notify(trx, deps, listAlertNotice({ source: version.source, what: 'shrank more than allowed', message }));
    }
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
        ...(shrink?.excessive ? { shrinkAllowed: { ...shrink, reason } } : {}),
      },
    });
    return ok({ version, duplicate: false, diff: counts, jobId, shrink });
  });
};
