import { type AuditRecord, auditEntryHash, GENESIS_HASH, type Sha256Hex } from './audit-chain.ts';

/**
 * The JSON Lines export of the audit trail, verifiable offline (`aiexports audit verify --file`):
 *   line 1      {"type":"header","format":"aiexports-audit-export/v1","exportedAt":…,"filter":{…},"filtered":…,
 *                "head":{"lastSeq":…,"lastHash":…}}
 *   then        {"type":"entry", …every field of the entry, prevHash and hash included}, oldest first
 *   last line   {"type":"end","count":N}
 * Each entry carries its previous entry's hash, so its own hash can be recomputed even when the export is
 * filtered; entries next to each other in the trail must also link up.
 */
export const AUDIT_EXPORT_FORMAT = 'aiexports-audit-export/v1';

export type AuditExportHeader = {
  type: 'header';
  format: typeof AUDIT_EXPORT_FORMAT;
  exportedAt: string;
  filter: Record<string, string>;
  filtered: boolean;
  head: { lastSeq: number; lastHash: string };
};

export const exportHeaderLine = (header: Omit<AuditExportHeader, 'type' | 'format'>): string =>
  `${JSON.stringify({ type: 'header', format: AUDIT_EXPORT_FORMAT, ...header })}\n`;
export const exportEntryLine = (entry: AuditRecord): string => `${JSON.stringify({ type: 'entry', ...entry })}\n`;
export const exportEndLine = (count: number): string => `${JSON.stringify({ type: 'end', count })}\n`;

export type ExportVerdict =
  | {
      ok: true;
      entries: number;
      filtered: boolean;
      firstSeq: number | null;
      lastSeq: number | null;
      head: AuditExportHeader['head'] | null;
    }
  | { ok: false; line: number; seq: number | null; reason: string; entries: number };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const HEX64 = /^[0-9a-f]{64}$/;

const asEntry = (value: Record<string, unknown>): AuditRecord | string => {
  const { seq, at, actorId, actorName, action, objectType, objectId, summary, prevHash, hash } = value;
  if (typeof seq !== 'number' || !Number.isInteger(seq) || seq < 1) return 'seq is not a positive whole number';
  for (const [name, field] of Object.entries({ at, actorName, action, objectType, objectId })) {
    if (typeof field !== 'string') return `${name} is missing or not text`;
  }
  if (actorId !== null && typeof actorId !== 'string') return 'actorId is not text or null';
  if (!isRecord(summary)) return 'summary is not an object';
  if (typeof prevHash !== 'string' || !HEX64.test(prevHash)) return 'prevHash is not a SHA-256 hex digest';
  if (typeof hash !== 'string' || !HEX64.test(hash)) return 'hash is not a SHA-256 hex digest';
  return {
    seq,
    at: at as string,
    actorId,
    actorName: actorName as string,
    action: action as string,
    objectType: objectType as string,
    objectId: objectId as string,
    summary,
    prevHash,
    hash,
  };
};

/**
 * Checks an export line by line (so a file of any size streams through) and stops at the first fault, named by
 * its line and entry: a changed entry (its hash), a broken link between neighbouring entries, entries out of
 * order, a gap in an unfiltered export, a last entry that is not the recorded head, a missing or wrong end line.
 */
export const createExportVerifier = (sha256: Sha256Hex) => {
  let header: AuditExportHeader | null = null;
  let previous: AuditRecord | null = null;
  let firstSeq: number | null = null;
  let entries = 0;
  let lineNo = 0;
  let ended = false;
  let failure: Extract<ExportVerdict, { ok: false }> | null = null;

  const fail = (reason: string, seq: number | null = null) => {
    failure = { ok: false, line: lineNo, seq, reason, entries };
    return failure;
  };

  /** Feeds one line (without its newline); returns the failure once there is one. */
  const line = (text: string): Extract<ExportVerdict, { ok: false }> | null => {
    if (failure) return failure;
    lineNo += 1;
    if (text.trim() === '') return ended ? null : fail('an empty line inside the export');
    if (ended) return fail('content after the end line');
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return fail('not a JSON line');
    }
    if (!isRecord(value)) return fail('not a JSON object');
    if (header === null) {
      const head = value.head;
      if (value.type !== 'header' || value.format !== AUDIT_EXPORT_FORMAT) {
        return fail(`the first line is not an ${AUDIT_EXPORT_FORMAT} header`);
      }
      if (!isRecord(head) || typeof head.lastSeq !== 'number' || typeof head.lastHash !== 'string') {
        return fail('the header has no head (lastSeq, lastHash)');
      }
      header = {
        type: 'header',
        format: AUDIT_EXPORT_FORMAT,
        exportedAt: String(value.exportedAt),
        filter: isRecord(value.filter) ? (value.filter as Record<string, string>) : {},
        filtered: value.filtered === true,
        head: { lastSeq: head.lastSeq, lastHash: head.lastHash },
      };
      return null;
    }
    if (value.type === 'end') {
      ended = true;
      if (value.count !== entries)
        return fail(`the end line counts ${String(value.count)} entries but ${entries} came before it`);
      if (!header.filtered && previous !== null && previous.seq !== header.head.lastSeq) {
        return fail(
          `the export stops at entry ${previous.seq} but the trail's head was entry ${header.head.lastSeq}`,
          previous.seq,
        );
      }
      return null;
    }
    if (value.type !== 'entry') return fail(`unknown line type ${JSON.stringify(value.type)}`);
    const entry = asEntry(value);
    const seq = typeof value.seq === 'number' ? value.seq : null;
    if (typeof entry === 'string') return fail(entry, seq);
    if (auditEntryHash(entry, sha256) !== entry.hash) return fail('content does not match its hash', entry.seq);
    if (previous === null) {
      if (!header.filtered && entry.seq !== 1)
        return fail(`the unfiltered export starts at entry ${entry.seq}, not 1`, entry.seq);
      if (entry.seq === 1 && entry.prevHash !== GENESIS_HASH)
        return fail('the first entry does not start the chain', 1);
      firstSeq = entry.seq;
    } else {
      if (entry.seq <= previous.seq) return fail(`entry ${entry.seq} comes after entry ${previous.seq}`, entry.seq);
      if (!header.filtered && entry.seq !== previous.seq + 1)
        return fail(`entry ${previous.seq + 1} is missing`, entry.seq);
      if (entry.seq === previous.seq + 1 && entry.prevHash !== previous.hash) {
        return fail('previous-hash link does not match', entry.seq);
      }
    }
    if (entry.seq > header.head.lastSeq)
      return fail(`entry ${entry.seq} is past the head recorded at export`, entry.seq);
    if (entry.seq === header.head.lastSeq && entry.hash !== header.head.lastHash) {
      return fail('the last entry is not the head recorded at export', entry.seq);
    }
    previous = entry;
    entries += 1;
    return null;
  };

  const finish = (): ExportVerdict => {
    if (failure) return failure;
    if (header === null) return fail('the file is empty: no header');
    if (!ended) return fail('the export is cut short: no end line', previous?.seq ?? null);
    return {
      ok: true,
      entries,
      filtered: (header as AuditExportHeader).filtered,
      firstSeq,
      lastSeq: (previous as AuditRecord | null)?.seq ?? null,
      head: (header as AuditExportHeader).head,
    };
  };

  return { line, finish };
};
