/** One audit-trail record. Never updated or deleted; each carries the hash of the previous one. */
export type AuditRecord = {
  seq: number;
  at: string;
  actorId: string | null;
  actorName: string;
  action: string;
  objectType: string;
  objectId: string;
  summary: Record<string, unknown>;
  prevHash: string;
  hash: string;
};

export type Sha256Hex = (text: string) => string;

/** The hash of the first entry's predecessor. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, so the same data always hashes the same. */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
};

export const auditEntryHash = (entry: Omit<AuditRecord, 'hash'>, sha256: Sha256Hex): string =>
  sha256(
    canonicalJson({
      seq: entry.seq,
      at: entry.at,
      actorId: entry.actorId,
      actorName: entry.actorName,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId,
      summary: entry.summary,
      prevHash: entry.prevHash,
    }),
  );

export type ChainVerdict = { ok: boolean; count: number; brokenAt: number | null; reason: string | null };

/** Checks that entries (in seq order) link up and that every hash matches its content. */
export const verifyAuditChain = (entries: readonly AuditRecord[], sha256: Sha256Hex): ChainVerdict => {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) {
      return { ok: false, count: entries.length, brokenAt: entry.seq, reason: `entry ${expectedSeq} is missing` };
    }
    if (entry.prevHash !== prev) {
      return { ok: false, count: entries.length, brokenAt: entry.seq, reason: 'previous-hash link does not match' };
    }
    if (auditEntryHash(entry, sha256) !== entry.hash) {
      return { ok: false, count: entries.length, brokenAt: entry.seq, reason: 'content does not match its hash' };
    }
    prev = entry.hash;
    expectedSeq += 1;
  }
  return { ok: true, count: entries.length, brokenAt: null, reason: null };
};
