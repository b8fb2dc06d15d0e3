import { type Kysely, sql } from 'kysely';
import { auditEntryHash, GENESIS_HASH } from '../../src/core/audit/audit-chain.ts';
import { sha256Hex } from '../../src/core/kernel/sha256.ts';
import { listAudit } from '../../src/db/repos/audit.repo.ts';
import type { Database } from '../../src/db/schema.ts';

// What a database owner can do to the audit trail, for tests that prove `audit verify` notices.

const withoutTrigger = async (db: Kysely<Database>, change: () => Promise<void>): Promise<void> => {
  await sql`ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only`.execute(db);
  await change();
  await sql`ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only`.execute(db);
};

/** Deletes the last `count` entries; with `fixHead` moves the head back to match, as a careful owner would. */
export const deleteAuditTail = async (
  db: Kysely<Database>,
  options: { count: number; fixHead?: boolean },
): Promise<{ before: number; after: number }> => {
  const entries = await listAudit(db);
  const keep = entries.length - options.count;
  await withoutTrigger(db, async () => {
    await sql`DELETE FROM audit_entries WHERE seq > ${keep}`.execute(db);
  });
  if (options.fixHead) {
    const lastHash = entries[keep - 1]?.hash ?? GENESIS_HASH;
    await sql`UPDATE audit_head SET last_seq = ${keep}, last_hash = ${lastHash} WHERE id = 1`.execute(db);
  }
  return { before: entries.length, after: keep };
};

/**
 * Rewrites the whole trail consistently: changes the summary of entry `fromSeq`, recomputes every hash from
 * there on and moves the head, so chain and head agree again. Only a signed checkpoint can tell.
 */
export const rewriteAuditTrail = async (db: Kysely<Database>, options: { fromSeq: number }): Promise<void> => {
  const entries = await listAudit(db);
  let prev = options.fromSeq === 1 ? GENESIS_HASH : entries[options.fromSeq - 2]!.hash;
  await withoutTrigger(db, async () => {
    for (const entry of entries.filter((e) => e.seq >= options.fromSeq)) {
      const summary = entry.seq === options.fromSeq ? { ...entry.summary, rewritten: true } : entry.summary;
      const unsigned = { ...entry, summary, prevHash: prev };
      const hash = auditEntryHash(unsigned, sha256Hex);
      await sql`UPDATE audit_entries SET summary = ${JSON.stringify(summary)}::jsonb, prev_hash = ${prev}, hash = ${hash}
        WHERE seq = ${entry.seq}`.execute(db);
      prev = hash;
    }
  });
  await sql`UPDATE audit_head SET last_hash = ${prev} WHERE id = 1`.execute(db);
};
