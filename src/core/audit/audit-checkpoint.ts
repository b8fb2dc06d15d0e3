import { hmacSha256Hex, sameDigest } from '../kernel/hmac-sha256.ts';

/**
 * A signed checkpoint of the audit trail: the number of entries and the last entry's hash at a moment,
 * signed (HMAC-SHA256) with a key the database does not hold. Whoever rewrites the trail cannot re-sign it.
 */
export type AuditCheckpoint = {
  id: string;
  /** entries 1..entryCount are vouched for */
  entryCount: number;
  /** the hash of entry `entryCount` (the genesis hash when the trail was empty) */
  lastHash: string;
  at: string;
  /** which key signed it (derived from the key; reveals nothing about it) */
  keyId: string;
  mac: string;
};

export type CheckpointFields = Pick<AuditCheckpoint, 'entryCount' | 'lastHash' | 'at'>;

/** The smallest key the platform accepts, in characters. */
export const MIN_AUDIT_KEY_LENGTH = 32;

/** The exact text that is signed: versioned, so a later format cannot be confused with this one. */
export const checkpointMessage = (fields: CheckpointFields): string =>
  `aiexports-audit-checkpoint/v1|${fields.entryCount}|${fields.lastHash}|${fields.at}`;

/** A short name of a key, so checkpoints signed with a rotated-out key are told apart from forged ones. */
export const auditKeyId = (key: string): string => hmacSha256Hex(key, 'aiexports-audit-key-id/v1').slice(0, 16);

/** Signs the fields with the key. */
export const signCheckpoint = (key: string, fields: CheckpointFields & { id: string }): AuditCheckpoint => ({
  ...fields,
  keyId: auditKeyId(key),
  mac: hmacSha256Hex(key, checkpointMessage(fields)),
});

/** Whether the checkpoint's signature is the key's signature of its fields. */
export const checkpointSignatureHolds = (key: string, checkpoint: AuditCheckpoint): boolean =>
  sameDigest(hmacSha256Hex(key, checkpointMessage(checkpoint)), checkpoint.mac);
