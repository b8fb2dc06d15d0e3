import type { Kysely } from 'kysely';
import type { HitGroup } from '../../core/screening/hit-groups.ts';
import { findReusableDecision, insertAdjudication } from '../../db/repos/adjudications.repo.ts';
import type { ScreenedPartyRecord } from '../../db/repos/screened-parties.repo.ts';
import { insertHitIfNew } from '../../db/repos/screening-hits.repo.ts';
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
): Promise<RecordedHit[]> => {
  const recorded: RecordedHit[] = [];
  for (const group of groups) {
    const { hit } = group;
    const origin = { ...group.best.origin, fingerprint: group.fingerprint };
    const id = deps.newId();
    const now = deps.clock();
    const inserted = await insertHitIfNew(trx, {
      id,
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
      createdAt: now,
    });
    if (!inserted) continue;
    const earlier = await findReusableDecision(trx, {
      partyKey: party.partyKey,
      listSource: origin.source,
      entryId: hit.entryId,
      fingerprint: origin.fingerprint,
      excludeHitId: id,
    });
    if (earlier) {
      await insertAdjudication(trx, {
        id: deps.newId(),
        hitId: id,
        decision: earlier.decision,
        reason: earlier.reason,
        decidedBy: earlier.decidedBy,
        decidedAt: now,
        reusedFrom: earlier.hitId,
      });
    }
    recorded.push({ hitId: id, partyId: party.id, reusedFrom: earlier?.hitId ?? null });
  }
  return recorded;
};
