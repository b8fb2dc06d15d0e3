import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { type AuditRecord, auditEntryHash, canonicalJson, GENESIS_HASH, verifyAuditChain } from './audit-chain.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const chain = (count: number): AuditRecord[] => {
  const records: AuditRecord[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= count; seq++) {
    const unsigned = {
      seq,
      at: `2026-01-0${seq}T00:00:00.000Z`,
      actorId: 'u1',
      actorName: 'Pat',
      action: 'x',
      objectType: 'proposal',
      objectId: 'p1',
      summary: { n: seq },
      prevHash: prev,
    };
    const record = { ...unsigned, hash: auditEntryHash(unsigned, sha256) };
    records.push(record);
    prev = record.hash;
  }
  return records;
};

describe('canonicalJson', () => {
  it('sorts keys at every level so equal data hashes equally', () => {
    assert.equal(
      canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } }),
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
  });
});

describe('verifyAuditChain', () => {
  it('accepts an intact chain', () => {
    assert.deepEqual(verifyAuditChain(chain(5), sha256), { ok: true, count: 5, brokenAt: null, reason: null });
  });

  it('finds an entry whose content was changed', () => {
    const records = chain(5);
    records[2] = { ...records[2]!, summary: { n: 99 } };
    assert.equal(verifyAuditChain(records, sha256).brokenAt, 3);
  });

  it('finds an entry that was removed', () => {
    const records = chain(5);
    records.splice(1, 1);
    const verdict = verifyAuditChain(records, sha256);
    assert.deepEqual([verdict.ok, verdict.brokenAt], [false, 3]);
  });

  it('finds a re-signed entry because the next link no longer matches', () => {
    const records = chain(4);
    const forged = { ...records[1]!, actorName: 'Mallory' };
    records[1] = { ...forged, hash: auditEntryHash(forged, sha256) };
    assert.equal(verifyAuditChain(records, sha256).brokenAt, 3);
  });
});
