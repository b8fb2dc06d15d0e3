import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sha256Hex } from '../kernel/sha256.ts';
import { type AuditRecord, auditEntryHash, GENESIS_HASH } from './audit-chain.ts';
import { type AuditCheckpoint, signCheckpoint } from './audit-checkpoint.ts';
import { AUDIT_CHECKPOINT_ACTION, type AuditHead, judgeAuditTrail } from './audit-verdict.ts';

const KEY = 'a-test-key-of-at-least-thirty-two-characters';

/** A chain of n entries; `marker` changes every entry's content (a consistent rewrite). */
const chain = (n: number, marker = 'original'): AuditRecord[] => {
  const entries: AuditRecord[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq += 1) {
    const unsigned = {
      seq,
      at: `2026-12-01T00:00:${String(seq).padStart(2, '0')}.000Z`,
      actorId: null,
      actorName: 'system',
      action: 'thing.do',
      objectType: 'thing',
      objectId: `t${seq}`,
      summary: { marker },
      prevHash: prev,
    };
    const entry = { ...unsigned, hash: auditEntryHash(unsigned, sha256Hex) };
    entries.push(entry);
    prev = entry.hash;
  }
  return entries;
};
const headOf = (entries: AuditRecord[]): AuditHead => ({
  lastSeq: entries.length,
  lastHash: entries.at(-1)?.hash ?? GENESIS_HASH,
});
const checkpointAt = (entries: AuditRecord[], count: number, key = KEY): AuditCheckpoint =>
  signCheckpoint(key, {
    id: `c${count}`,
    entryCount: count,
    lastHash: count === 0 ? GENESIS_HASH : entries[count - 1]!.hash,
    at: '2026-12-01T01:00:00.000Z',
  });
const judge = (entries: AuditRecord[], head: AuditHead, checkpoints: AuditCheckpoint[], key: string | null = KEY) =>
  judgeAuditTrail({ entries, head, checkpoints, key, sha256: sha256Hex });

describe('judgeAuditTrail', () => {
  it('passes when chain, head and checkpoints agree', () => {
    const entries = chain(10);
    const verdict = judge(entries, headOf(entries), [checkpointAt(entries, 0), checkpointAt(entries, 6)]);
    assert.deepEqual(verdict.findings, []);
    assert.equal(verdict.ok, true);
    assert.equal(verdict.checkpoints.verified, 2);
    assert.equal(verdict.checkpoints.vouchedUpTo, 6);
  });

  it('finds a deleted tail when the head records more entries than the trail holds', () => {
    const entries = chain(10);
    const verdict = judge(entries.slice(0, 5), headOf(entries), [], null);
    assert.equal(verdict.ok, false);
    assert.equal(verdict.brokenAt, 6);
    assert.match(verdict.reason ?? '', /head records 10 entries but the trail holds 5: entries 6–10 were deleted/);
    assert.equal(verdict.head.matches, false);
  });

  it('finds a consistent rewrite back to the last checkpoint, though chain and head agree', () => {
    const original = chain(10);
    const rewritten = chain(10, 'rewritten');
    const verdict = judge(rewritten, headOf(rewritten), [checkpointAt(original, 8)]);
    assert.equal(verdict.ok, false);
    assert.equal(verdict.head.matches, true);
    assert.match(verdict.reason ?? '', /entry 8 no longer has the hash it signed: the trail was rewritten/);
  });

  it('finds a tail deleted together with the head, when a checkpoint vouched for it', () => {
    const entries = chain(10);
    const shortened = entries.slice(0, 7);
    const verdict = judge(shortened, headOf(shortened), [checkpointAt(entries, 9)]);
    assert.equal(verdict.ok, false);
    assert.match(verdict.reason ?? '', /vouches for 9 entries but the trail holds 7/);
  });

  it('refuses a checkpoint re-signed without the key', () => {
    const rewritten = chain(10, 'rewritten');
    const forged = { ...checkpointAt(chain(10), 8), lastHash: rewritten[7]!.hash };
    const verdict = judge(rewritten, headOf(rewritten), [forged]);
    assert.match(verdict.reason ?? '', /signature does not match its fields/);
  });

  it('says checkpoints were not checked when no key is configured', () => {
    const rewritten = chain(10, 'rewritten');
    const verdict = judge(rewritten, headOf(rewritten), [checkpointAt(chain(10), 8)], null);
    assert.equal(verdict.ok, true);
    assert.equal(verdict.checkpoints.checked, false);
    assert.match(verdict.checkpoints.note, /not checked: no audit key is configured/);
  });

  it('leaves checkpoints of a rotated-out key unchecked and says so', () => {
    const entries = chain(4);
    const old = checkpointAt(entries, 2, 'an-old-key-of-at-least-thirty-two-characters');
    const verdict = judge(entries, headOf(entries), [old, checkpointAt(entries, 4)]);
    assert.equal(verdict.ok, true);
    assert.equal(verdict.checkpoints.otherKey, 1);
    assert.match(verdict.checkpoints.note, /1 signed with another key/);
  });

  it('finds a checkpoint deleted while its audit entry remains', () => {
    const entries = chain(3);
    const last = entries[2]!;
    const unsigned = { ...last, action: AUDIT_CHECKPOINT_ACTION, objectId: 'gone' };
    entries[2] = { ...unsigned, hash: auditEntryHash(unsigned, sha256Hex) };
    const verdict = judge(entries, headOf(entries), []);
    assert.match(verdict.reason ?? '', /entry 3 records checkpoint gone, which is missing/);
  });
});
