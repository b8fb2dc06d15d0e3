import type { Kysely } from 'kysely';
import type { ScreeningHit } from '../../core/screening/matching/index.ts';
import { findReusableDecision, insertAdjudication } from '../../db/repos/adjudications.repo.ts';
import type { ScreenedPartyRecord } from '../../db/repos/screened-parties.repo.ts';
import { insertHitIfNew } from '../../db/repos/screening-hits.repo.ts';
import type { Database } from '../../db/schema.ts';
import type { ServiceDeps } from '../service-deps.ts';
import type { EntryOrigin } from './screening-index-cache.ts';

export type RecordedHit = { hitId: string; partyId: string; reusedFrom: string | null };

/**
 * Stores the hits of one party (a hit already known for the same entry and fingerprint is kept, not
 * repeated). A new hit on an entry whose fingerprint a decision already covers for the same party (same
 * company, or same name and country) takes that decision over, with reusedFrom naming the earlier hit;
 * a changed entry has a new fingerprint and so opens a fresh hit.
 */
export const recordPartyHits = async (
  trx: Kysely<Database>,
  deps: Pick<ServiceDeps, 'clock' | 'newId'>,
  party: ScreenedPartyRecord,
  hits: readonly { hit: ScreeningHit; origin: EntryOrigin }[],
): Promise<RecordedHit[]> => {
  const recorded: RecordedHit[] = [];
  for (const { hit, origin } of hits) {
    const id = deps.newId();
    const now = deps.clock();
    const inserted = await insertHitIfNew(trx, {
      id,
      partyId: party.id,
      listSource: origin.source,
      entryId: hit.entryId,
      entryFingerprint: origin.fingerprint,
      listVersionId: origin.versionId,
      score: hit.score,
      matchedName: hit.matchedName,
      explanation: { text: hit.explanation, tokens: hit.tokens, list: hit.list, source: hit.source, name: hit.name },
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
