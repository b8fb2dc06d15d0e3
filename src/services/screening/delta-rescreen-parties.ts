import { ok, type Result } from '../../core/kernel/result.ts';
import { deltaPositions, type EntryKey } from '../../core/screening/delta-positions.ts';
import { groupHits, type HitGroup } from '../../core/screening/hit-groups.ts';
import type { EntityType } from '../../core/screening/lists/list-entry.ts';
import { insertAlerts } from '../../db/repos/alerts.repo.ts';
import { walkVersionFingerprints } from '../../db/repos/list-entries.repo.ts';
import { findListVersion } from '../../db/repos/list-versions.repo.ts';
import { findProposal } from '../../db/repos/proposals.repo.ts';
import {
  countScreenedParties,
  pageScreenedParties,
  recordPartiesRescreened,
  type ScreenedPartyRecord,
} from '../../db/repos/screened-parties.repo.ts';
import { findHit } from '../../db/repos/screening-hits.repo.ts';
import { notFound } from '../access.ts';
import { notify } from '../notifications/notify.ts';
import { recommendSuspension } from '../proposals/recommend-suspension.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { withListAges } from './list-ages.ts';
import { loadDeltaOrigins } from './load-delta-origins.ts';
import { type RecordedHit, recordPartiesHits } from './record-party-hits.ts';
import { buildIndexInSlices, ENTRY_PAGE_ROWS, rescreenInSlices, yieldToEventLoop } from './screen-in-slices.ts';
import { type EntryOrigin, hitRowsOf } from './screening-index-cache.ts';

export type DeltaRescreenRun = {
  listVersionId: string;
  deltaEntries: number;
  parties: number;
  newHits: number;
  reused: number;
  alerts: number;
};

/**
 * Parties read and screened per batch: memory stays flat however many are stored, and a batch's query (run on the
 * event loop's thread by the embedded database) stays short.
 */
export const DELTA_BATCH_SIZE = 500;

/** A version's entry keys, read a small page at a time with yields between (never one long query). */
const versionKeys = async (db: ServiceDeps['db'], versionId: string): Promise<EntryKey[]> => {
  const keys: EntryKey[] = [];
  for await (const page of walkVersionFingerprints(db, versionId, ENTRY_PAGE_ROWS * 4)) {
    for (const key of page) keys.push(key);
    await yieldToEventLoop();
  }
  return keys;
};

/**
 * After a list version arrives: matches only its added and changed entries against every stored party, read
 * from the database a batch at a time (keyset on id, never all at once); stores the new hits and raises an
 * alert for each one on a designated proposal. Progress is reported per batch of parties. Every read is a small
 * page and every computation a slice, with yields between: a server keeps answering requests during a run.
 */
export const deltaRescreenParties = async (
  deps: ServiceDeps,
  input: { listVersionId: string; previousVersionId: string | null },
  onProgress: (progress: { done: number; total: number }) => Promise<void> = async () => {},
  batchSize = DELTA_BATCH_SIZE,
): Promise<Result<DeltaRescreenRun>> => {
  const version = await findListVersion(deps.db, input.listVersionId);
  if (!version) return notFound('List version');
  // what changed, from the stored fingerprints; only the rows of the entities it touches are read in full
  const current = await versionKeys(deps.db, version.id);
  const previous = input.previousVersionId ? await versionKeys(deps.db, input.previousVersionId) : [];
  const { changed, origins } = await loadDeltaOrigins(deps, version, deltaPositions(previous, current));
  const delta = changed.map((item) => item.entry);
  // the small index of the change, built in slices (the same index as `buildDeltaIndex`)
  const index = delta.length === 0 ? null : await buildIndexInSlices(delta);
  const total = await countScreenedParties(deps.db);
  // parties are read a batch at a time (keyset on id); only those with a hit are kept, as their hit groups
  const found: { party: ScreenedPartyRecord; groups: HitGroup<EntryOrigin>[] }[] = [];
  let done = 0;
  let afterId: string | null = null;
  for (;;) {
    const batch = await pageScreenedParties(deps.db, { afterId, limit: batchSize });
    if (batch.length === 0) break;
    const byId = new Map(batch.map((party) => [party.id, party]));
    const stored = batch.map((party) => ({
      id: party.id,
      name: party.name,
      type: party.type as EntityType,
      ...(party.country ? { country: party.country } : {}),
    }));
    for (const result of await rescreenInSlices(index, stored))
      found.push({ party: byId.get(result.partyId)!, groups: groupHits(hitRowsOf(origins, result.hits)) });
    done += batch.length;
    afterId = batch[batch.length - 1]!.id;
    await onProgress({ done, total: Math.max(total, done) });
    if (batch.length < batchSize) break;
  }
  if (done === 0) await onProgress({ done: 0, total: 0 });
  const designated = new Map<string, boolean>();
  const isDesignated = async (db: typeof deps.db, proposalId: string | null): Promise<boolean> => {
    if (proposalId === null) return false;
    if (!designated.has(proposalId)) {
      designated.set(proposalId, (await findProposal(db, proposalId))?.status === 'designated');
    }
    return designated.get(proposalId)!;
  };
  return inTransaction(deps.db, async (trx) => {
    const recorded: RecordedHit[] = [];
    const alerts: { id: string; hitId: string; proposalId: string | null; createdAt: Date }[] = [];
    // hits in multi-row statements, a slice of parties at a time
    for (let start = 0; start < found.length; start += batchSize) {
      const slice = found.slice(start, start + batchSize);
      const added = await recordPartiesHits(trx, deps, slice);
      recorded.push(...added);
      const partyOf = new Map(slice.map(({ party }) => [party.id, party]));
      for (const hit of added) {
        const party = partyOf.get(hit.partyId)!;
        if (await isDesignated(trx, party.proposalId)) {
          alerts.push({ id: deps.newId(), hitId: hit.hitId, proposalId: party.proposalId, createdAt: deps.clock() });
          // a true-match decision taken over from an earlier hit confirms the match at once
          const stored = hit.reusedFrom === null ? null : await findHit(trx, hit.hitId);
          if (stored?.status === 'true_match') {
            await recommendSuspension(trx, deps, {
              partyId: party.id,
              hitId: hit.hitId,
              matchedName: stored.matchedName,
              actor: null,
            });
          }
        }
      }
    }
    await insertAlerts(trx, alerts);
    if (alerts.length > 0) {
      await notify(trx, deps, {
        kind: 'screening_alert',
        title: `${alerts.length} new ${alerts.length === 1 ? 'alert' : 'alerts'} on designated packages after the ${version.source} list changed`,
        body: 'Re-screening against the new list version found hits on designated packages.',
        link: '/compliance/alerts',
        object: { type: 'list', id: version.id },
      });
    }
    const open = recorded.filter((r) => r.reusedFrom === null).length;
    if (open > 0) {
      await notify(trx, deps, {
        kind: 'screening_hits',
        title: `${open} new screening ${open === 1 ? 'hit' : 'hits'} after the ${version.source} list changed`,
        body: 'Decide each hit: true match or false positive.',
        link: '/compliance/hits',
        object: { type: 'list', id: version.id },
      });
    }
    const [aged] = await withListAges(trx, [version], deps.clock());
    await recordPartiesRescreened(trx, {
      listVersionId: version.id,
      previousVersionId: input.previousVersionId,
      fresh: version.isCurrent && aged?.stale === false,
    });
    const run: DeltaRescreenRun = {
      listVersionId: version.id,
      deltaEntries: delta.length,
      parties: done,
      newHits: recorded.length,
      reused: recorded.filter((r) => r.reusedFrom !== null).length,
      alerts: alerts.length,
    };
    await recordAudit(trx, deps, {
      actor: null,
      action: 'screening.delta_rescreen',
      objectType: 'list_version',
      objectId: version.id,
      summary: { ...run, source: version.source },
    });
    return ok(run);
  });
};
