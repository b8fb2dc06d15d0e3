import type { Kysely } from 'kysely';
import type { HitGroup } from '../../core/screening/hit-groups.ts';
import {
  decisionKeyText,
  findReusableDecision,
  insertAdjudication,
  keysWithDecisions,
} from '../../db/repos/adjudications.repo.ts';
import type { ScreenedPartyRecord } from '../../db/repos/screened-parties.repo.ts';
import { insertHitsIfNew } from '../../db/repos/screening-hits.repo.ts';
import type { Database } from '../../db/schema.ts';
import type { ServiceDeps } from '../service-deps.ts';
import type { EntryOrigin } from './screening-index-cache.ts';

export type RecordedHit = { hitId: string; partyId: string; reusedFrom: string | null };

/**
 * Stores the hits of one party, one per list entity (`groupHits`: rows differing only by address are one hit,
 * keyed by the group's smallest entry id and a fingerprint over its rows; the readable list name, programs,
 * link and every address go with the hit's explanation). A hit already known for the same entry and
 * fingerprint is kept, not repeated. A new hit on an entry whose fingerprint a decision already covers for the same party (same
 * company, or same name and country) takes that decision over, with reusedFrom naming the earlier hit;
 * a changed entry has a new fingerprint and so opens a fresh hit.
 */
export const recordPartyHits = async (
  trx: Kysely<Database>,
  deps: Pick<ServiceDeps, 'clock' | 'newId'>,
  party: ScreenedPartyRecord,
  groups: readonly HitGroup<EntryOrigin>[],
): Promise<RecordedHit[]> => recordPartiesHits(trx, deps, [{ party, groups }]);

/**
 * `recordPartyHits` for many parties at once, with the same outcome as recording them one after the other: the
 * hits go in multi-row statements, and a decision is looked up one hit at a time only for the hits whose entry
 * and fingerprint some decision covers for the party's key (found in one query), in the parties' order.
 */
export const recordPartiesHits = async (
  trx: Kysely<Database>,
  deps: Pick<ServiceDeps, 'clock' | 'newId'>,
  parties: readonly { party: ScreenedPartyRecord; groups: readonly HitGroup<EntryOrigin>[] }[],
): Promise<RecordedHit[]> => {
  const candidates = parties.flatMap(({ party, groups }) =>
    groups.map((group) => {
      const { hit } = group;
      const origin = { ...group.best.origin, fingerprint: group.fingerprint };
      const record = {
        id: deps.newId(),
        partyId: party.id,
        listSource: origin.source,
        entryId: group.entryId,
        entryFingerprint: origin.fingerprint,
        listVersionId: origin.versionId,
        score: hit.score,
        matchedName: hit.matchedName,
        explanation: {
          text: hit.explanation,
          tokens: hit.tokens,
          list: hit.list,
          source: hit.source,
          name: hit.name,
          listName: group.listName,
          programs: group.programs,
          entryUrl: group.entryUrl,
          addresses: group.addresses,
          entryIds: group.entryIds,
        },
        reusedFrom: null,
        createdAt: deps.clock(),
      };
      const key = {
        partyKey: party.partyKey,
        listSource: origin.source,
        entryId: hit.entryId,
        fingerprint: origin.fingerprint,
      };
      return { record, key };
    }),
  );
  const inserted = await insertHitsIfNew(
    trx,
    candidates.map((candidate) => candidate.record),
  );
  const added = candidates.filter((candidate) => inserted.has(candidate.record.id));
  const decided = await keysWithDecisions(
    trx,
    added.map((candidate) => candidate.key),
  );
  const recorded: RecordedHit[] = [];
  for (const { record, key } of added) {
    // only a key some decision covers can have one to reuse (a reused decision is itself on such a key)
    const earlier = decided.has(decisionKeyText(key))
      ? await findReusableDecision(trx, { ...key, excludeHitId: record.id })
      : null;
    if (earlier) {
      await insertAdjudication(trx, {
        id: deps.newId(),
        hitId: record.id,
        decision: earlier.decision,
        reason: earlier.reason,
        decidedBy: earlier.decidedBy,
        decidedAt: record.createdAt,
        reusedFrom: earlier.hitId,
      });
    }
    recorded.push({ hitId: record.id, partyId: record.partyId, reusedFrom: earlier?.hitId ?? null });
  }
  return recorded;
};
