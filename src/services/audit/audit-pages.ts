import type { Kysely } from 'kysely';
import { can } from '../../core/accounts/permissions.ts';
import type { Actor } from '../../core/accounts/roles.ts';
import type { AuditRecord } from '../../core/audit/audit-chain.ts';
import { exportEndLine, exportEntryLine, exportHeaderLine } from '../../core/audit/audit-export.ts';
import { type AuditChange, changeOf, describeAuditEntry, objectHref } from '../../core/audit/describe-audit-entry.ts';
import { ok, type Result } from '../../core/kernel/result.ts';
import {
  type AuditFilter,
  type AuditRecordWithRole,
  auditHasBeyond,
  pageAudit,
  readAuditHead,
  scopeAuditFilter,
  streamAudit,
} from '../../db/repos/audit.repo.ts';
import type { Database } from '../../db/schema.ts';
import { refused } from '../access.ts';

export type { AuditFilter };

export type AuditPageEntry = AuditRecord & {
  actorRole: string | null;
  description: string;
  objectHref: string | null;
  changes: AuditChange[];
};

export type AuditPage = {
  entries: AuditPageEntry[];
  /** pass as `before` for the next (older) page; null on the last page */
  olderCursor: number | null;
  /** pass as `after` for the previous (newer) page; null on the first page */
  newerCursor: number | null;
};

const mayRead = (actor: Actor | null) => actor === null || can(actor, 'audit.read');

const present = (entry: AuditRecordWithRole): AuditPageEntry => ({
  ...entry,
  description: describeAuditEntry(entry, entry.actorRole),
  objectHref: objectHref(entry),
  changes: changeOf(entry.summary),
});

/** A page of the trail, newest first, by keyset (a deep page costs what the first does). */
export const readAuditPage = async (
  db: Kysely<Database>,
  actor: Actor | null,
  filter: AuditFilter,
  page: { before?: number; after?: number; limit: number },
): Promise<Result<AuditPage>> => {
  if (!mayRead(actor)) return refused('audit.read');
  const scoped = await scopeAuditFilter(db, filter);
  const rows = await pageAudit(db, scoped, page);
  const newest = rows[0];
  const oldest = rows[rows.length - 1];
  const olderCursor = oldest && (await auditHasBeyond(db, scoped, oldest.seq, 'older')) ? oldest.seq : null;
  const newerCursor = newest && (await auditHasBeyond(db, scoped, newest.seq, 'newer')) ? newest.seq : null;
  return ok({ entries: rows.map(present), olderCursor, newerCursor });
};

export const AUDIT_EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

const CSV_COLUMNS = [
  'seq',
  'at',
  'actor_id',
  'actor_name',
  'actor_role',
  'action',
  'object_type',
  'object_id',
  'description',
  'summary',
  'prev_hash',
  'hash',
];

/** RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so spreadsheets do not run it as a formula. */
const csvCell = (value: string): string => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

const csvLine = (entry: AuditRecordWithRole): string =>
  `${[
    String(entry.seq),
    entry.at,
    entry.actorId ?? '',
    entry.actorName,
    entry.actorRole ?? '',
    entry.action,
    entry.objectType,
    entry.objectId,
    describeAuditEntry(entry, entry.actorRole),
    JSON.stringify(entry.summary),
    entry.prevHash,
    entry.hash,
  ]
    .map(csvCell)
    .join(',')}\r\n`;

/**
 * The trail under the filter as text chunks, oldest first, up to the head as it stood when the export began:
 * JSON Lines with a header (the filter and that head), every entry with its previous hash and hash, and an end
 * line with the count, verifiable offline; or CSV with the same hashes.
 */
export const exportAuditTrail = async (
  db: Kysely<Database>,
  actor: Actor | null,
  input: { filter: AuditFilter; format: AuditExportFormat; now: Date; batch?: number },
): Promise<Result<AsyncGenerator<string>>> => {
  if (!mayRead(actor)) return refused('audit.read');
  const head = await readAuditHead(db);
  const filter = input.filter;
  const described = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  async function* chunks(): AsyncGenerator<string> {
    let count = 0;
    if (input.format === 'jsonl') {
      yield exportHeaderLine({
        exportedAt: input.now.toISOString(),
        filter: described,
        filtered: Object.keys(described).length > 0,
        head: { lastSeq: head.lastSeq, lastHash: head.lastHash },
      });
    } else {
      yield `${CSV_COLUMNS.join(',')}\r\n`;
    }
    const scoped = await scopeAuditFilter(db, filter);
    for await (const batch of streamAudit(db, scoped, { batch: input.batch ?? 2000, uptoSeq: head.lastSeq })) {
      const toRecord = ({ actorRole: _role, ...record }: AuditRecordWithRole): AuditRecord => record;
      yield batch.map((e) => (input.format === 'jsonl' ? exportEntryLine(toRecord(e)) : csvLine(e))).join('');
      count += batch.length;
    }
    if (input.format === 'jsonl') yield exportEndLine(count);
  }
  return ok(chunks());
};
