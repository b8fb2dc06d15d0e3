import { type AuditRecord, GENESIS_HASH, type Sha256Hex, verifyAuditChain } from './audit-chain.ts';
import { type AuditCheckpoint, auditKeyId, checkpointSignatureHolds } from './audit-checkpoint.ts';

/** The action of the audit entry that records a checkpoint (its object id is the checkpoint's id). */
export const AUDIT_CHECKPOINT_ACTION = 'audit.checkpoint';

/** What the append path recorded last: the number of entries and the last hash. */
export type AuditHead = { lastSeq: number; lastHash: string };

export type AuditTrailVerdict = {
  ok: boolean;
  /** entries in the trail */
  count: number;
  /** the first entry found wrong or missing, if any */
  brokenAt: number | null;
  /** the first finding, if any */
  reason: string | null;
  head: { entryCount: number; lastHash: string; matches: boolean };
  checkpoints: {
    checked: boolean;
    total: number;
    verified: number;
    /** signed with a key other than the configured one (rotated out): not checked */
    otherKey: number;
    /** the trail is vouched for by a signature up to this entry */
    vouchedUpTo: number | null;
    note: string;
  };
  findings: string[];
};

type Finding = { at: number | null; text: string };

const headFindings = (entries: readonly AuditRecord[], head: AuditHead): Finding[] => {
  const count = entries.length;
  const lastHash = entries.at(-1)?.hash ?? GENESIS_HASH;
  if (head.lastSeq > count) {
    const missing =
      head.lastSeq === count + 1 ? `entry ${head.lastSeq} was` : `entries ${count + 1}–${head.lastSeq} were`;
    return [
      {
        at: count + 1,
        text: `the head records ${head.lastSeq} entries but the trail holds ${count}: ${missing} deleted`,
      },
    ];
  }
  if (head.lastSeq < count) {
    return [
      {
        at: head.lastSeq + 1,
        text: `the trail holds ${count} entries but the head records ${head.lastSeq}: entries were added outside the append path`,
      },
    ];
  }
  if (head.lastHash !== lastHash) {
    return [{ at: count, text: `entry ${count} does not have the hash the head recorded: it was replaced` }];
  }
  return [];
};

const checkpointFindings = (entries: readonly AuditRecord[], checkpoint: AuditCheckpoint, key: string): Finding[] => {
  const name = `checkpoint ${checkpoint.id} of ${checkpoint.at}`;
  if (!checkpointSignatureHolds(key, checkpoint)) {
    return [{ at: null, text: `${name}: the signature does not match its fields (altered or forged)` }];
  }
  if (checkpoint.entryCount > entries.length) {
    return [
      {
        at: entries.length + 1,
        text: `${name} vouches for ${checkpoint.entryCount} entries but the trail holds ${entries.length}: entries were deleted`,
      },
    ];
  }
  const signed = checkpoint.entryCount === 0 ? GENESIS_HASH : entries[checkpoint.entryCount - 1]?.hash;
  if (signed !== checkpoint.lastHash) {
    return [
      {
        at: checkpoint.entryCount,
        text: `${name}: entry ${checkpoint.entryCount} no longer has the hash it signed: the trail was rewritten at or before entry ${checkpoint.entryCount}`,
      },
    ];
  }
  return [];
};

/** Audit entries that record a checkpoint no longer in the checkpoint table (checkpoints were deleted). */
const missingCheckpointFindings = (
  entries: readonly AuditRecord[],
  checkpoints: readonly AuditCheckpoint[],
): Finding[] => {
  const ids = new Set(checkpoints.map((c) => c.id));
  return entries
    .filter((e) => e.action === AUDIT_CHECKPOINT_ACTION && !ids.has(e.objectId))
    .map((e) => ({
      at: null,
      text: `entry ${e.seq} records checkpoint ${e.objectId}, which is missing: checkpoints were deleted`,
    }));
};

/**
 * Judges the trail three ways: the hash chain (every entry links and matches its content), the head (the
 * count and last hash the append path recorded, so a deleted tail shows), and the signed checkpoints (so a
 * consistent rewrite by the database owner shows back to the last checkpoint). Without a key the
 * checkpoints' signatures are not checked, and the verdict says so.
 */
export const judgeAuditTrail = (input: {
  entries: readonly AuditRecord[];
  head: AuditHead;
  checkpoints: readonly AuditCheckpoint[];
  key: string | null;
  sha256: Sha256Hex;
}): AuditTrailVerdict => {
  const { entries, head, key } = input;
  const chain = verifyAuditChain(entries, input.sha256);
  const findings: Finding[] = chain.ok
    ? []
    : [{ at: chain.brokenAt, text: `entry ${chain.brokenAt}: ${chain.reason}` }];
  const fromHead = headFindings(entries, head);
  findings.push(...fromHead, ...missingCheckpointFindings(entries, input.checkpoints));

  const checkpoints = [...input.checkpoints].sort((a, b) => a.entryCount - b.entryCount);
  let verified = 0;
  let otherKey = 0;
  let vouchedUpTo: number | null = null;
  if (key !== null) {
    const keyId = auditKeyId(key);
    for (const checkpoint of checkpoints) {
      if (checkpoint.keyId !== keyId) {
        otherKey += 1;
        continue;
      }
      const wrong = checkpointFindings(entries, checkpoint, key);
      findings.push(...wrong);
      if (wrong.length === 0) {
        verified += 1;
        vouchedUpTo = checkpoint.entryCount;
      }
    }
  }
  const note =
    key === null
      ? 'checkpoints not checked: no audit key is configured (AIEXPORTS_AUDIT_KEY or AIEXPORTS_AUDIT_KEY_FILE)'
      : checkpoints.length === 0
        ? 'no checkpoints written yet'
        : `${verified} of ${checkpoints.length} checkpoints verified` +
          (vouchedUpTo === null ? '' : `; the trail is vouched for up to entry ${vouchedUpTo}`) +
          (otherKey > 0 ? `; ${otherKey} signed with another key (rotated out) were not checked` : '');
  const first = findings[0];
  return {
    ok: findings.length === 0,
    count: entries.length,
    brokenAt: findings.find((f) => f.at !== null)?.at ?? null,
    reason: first?.text ?? null,
    head: { entryCount: head.lastSeq, lastHash: head.lastHash, matches: fromHead.length === 0 },
    checkpoints: { checked: key !== null, total: checkpoints.length, verified, otherKey, vouchedUpTo, note },
    findings: findings.map((f) => f.text),
  };
};
