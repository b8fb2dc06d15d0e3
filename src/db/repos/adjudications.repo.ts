import type { Kysely } from 'kysely';
import type { HitDecision } from '../../core/screening/hit-status.ts';
import type { Database } from '../schema.ts';

export type AdjudicationRecord = {
  id: string;
  hitId: string;
  decision: HitDecision;
  reason: string;
  decidedBy: string | null;
  decidedAt: Date;
  reusedFrom: string | null;
};

const toAdjudication = (row: {
  id: string;
  hit_id: string;
  decision: string;
  reason: string;
  decided_by: string | null;
  decided_at: Date | string;
  reused_from: string | null;
}): AdjudicationRecord => ({
  id: row.id,
  hitId: row.hit_id,
  decision: row.decision as AdjudicationRecord['decision'],
  reason: row.reason,
  decidedBy: row.decided_by,
  decidedAt: new Date(row.decided_at),
  reusedFrom: row.reused_from,
});

/**
 * The latest decision taken on a hit of a party with the same key on the same entry and fingerprint,
 * excluding the hit itself: what adjudication reuse copies.
 */
export const findReusableDecision = async (
  db: Kysely<Database>,
  where: { partyKey: string; listSource: string; entryId: string; fingerprint: string; excludeHitId: string },
): Promise<AdjudicationRecord | null> => {
  const row = await db
    .selectFrom('adjudications as a')
    .innerJoin('screening_hits as h', 'h.id', 'a.hit_id')
    .innerJoin('screened_parties as p', 'p.id', 'h.party_id')
    .selectAll('a')
    .where('p.party_key', '=', where.partyKey)
    .where('h.list_source', '=', where.listSource)
    .where('h.entry_id', '=', where.entryId)
    .where('h.entry_fingerprint', '=', where.fingerprint)
    .where('h.id', '!=', where.excludeHitId)
    .orderBy('a.decided_at', 'desc')
    .orderBy('a.id', 'desc')
    .executeTakeFirst();
  return row ? toAdjudication(row) : null;
};

/** What `findReusableDecision` looks a decision up by: the party's key and the hit's entry and fingerprint. */
export type DecisionKey = { partyKey: string; listSource: string; entryId: string; fingerprint: string };

/** The text of a decision key, to compare keys in a Set. */
export const decisionKeyText = (key: DecisionKey): string =>
  [key.partyKey, key.listSource, key.entryId, key.fingerprint].join('\u0000');

/**
 * Which of these keys any decision covers (`decisionKeyText` of each), in one query per 500 party keys: a key
 * none covers needs no `findReusableDecision`, so hits recorded in bulk look decisions up only where one exists.
 */
export const keysWithDecisions = async (db: Kysely<Database>, keys: readonly DecisionKey[]): Promise<Set<string>> => {
  const wanted = new Set(keys.map(decisionKeyText));
  const partyKeys = [...new Set(keys.map((key) => key.partyKey))];
  const found = new Set<string>();
  for (let start = 0; start < partyKeys.length; start += 500) {
    const rows = await db
      .selectFrom('adjudications as a')
      .innerJoin('screening_hits as h', 'h.id', 'a.hit_id')
      .innerJoin('screened_parties as p', 'p.id', 'h.party_id')
      .select(['p.party_key', 'h.list_source', 'h.entry_id', 'h.entry_fingerprint'])
      .distinct()
      .where('p.party_key', 'in', partyKeys.slice(start, start + 500))
      .execute();
    for (const row of rows) {
      const text = decisionKeyText({
        partyKey: row.party_key,
        listSource: row.list_source,
        entryId: row.entry_id,
        fingerprint: row.entry_fingerprint,
      });
      if (wanted.has(text)) found.add(text);
    }
  }
  return found;
};

/** Appends a decision (never updated; a later one supersedes) and sets the hit's status to it. */
export const insertAdjudication = async (db: Kysely<Database>, adjudication: AdjudicationRecord): Promise<void> => {
  await db
    .insertInto('adjudications')
    .values({
      id: adjudication.id,
      hit_id: adjudication.hitId,
      decision: adjudication.decision,
      reason: adjudication.reason,
      decided_by: adjudication.decidedBy,
      decided_at: adjudication.decidedAt,
      reused_from: adjudication.reusedFrom,
    })
    .execute();
  await db
    .updateTable('screening_hits')
    .set({ status: adjudication.decision, reused_from: adjudication.reusedFrom })
    .where('id', '=', adjudication.hitId)
    .execute();
};

export const listAdjudications = async (
  db: Kysely<Database>,
  hitIds: readonly string[],
): Promise<AdjudicationRecord[]> => {
  if (hitIds.length === 0) return [];
  const rows = await db
    .selectFrom('adjudications')
    .selectAll()
    .where('hit_id', 'in', hitIds)
    .orderBy('decided_at')
    .orderBy('id')
    .execute();
  return rows.map(toAdjudication);
};
