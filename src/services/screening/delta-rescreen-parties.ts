import { ok, type Result } from '../../core/kernel/result.ts';
import type { EntityType, ListEntry } from '../../core/screening/lists/list-entry.ts';
import { diffLists } from '../../core/screening/lists/list-version.ts';
import { deltaRescreen } from '../../core/screening/matching/index.ts';
import { insertAlert } from '../../db/repos/alerts.repo.ts';
import { listVersionEntries } from '../../db/repos/list-entries.repo.ts';
import { findListVersion } from '../../db/repos/list-versions.repo.ts';
import { findProposal } from '../../db/repos/proposals.repo.ts';
import { listScreenedParties, recordPartiesRescreened } from '../../db/repos/screened-parties.repo.ts';
import { notFound } from '../access.ts';
import { recordAudit } from '../record-audit.ts';
import { inTransaction, type ServiceDeps } from '../service-deps.ts';
import { withListAges } from './list-ages.ts';
import { type RecordedHit, recordPartyHits } from './record-party-hits.ts';
import { type EntryOrigin, originKey } from './screening-index-cache.ts';

export type DeltaRescreenRun = {
  listVersionId: string;
  deltaEntries: number;
  parties: number;
  newHits: number;
  reused: number;
  alerts: number;
};

const CHUNK = 1000;

/**
 * After a list version arrives: matches only its added and changed entries against every stored party,
 * stores the new hits and raises an alert for each one on a designated proposal. Progress is reported per
 * chunk of parties.
 */
export const deltaRescreenParties = async (
  deps: ServiceDeps,
  input: { listVersionId: string; previousVersionId: string | null },
  onProgress: (progress: { done: number; total: number }) => Promise<void> = async () => {},
): Promise<Result<DeltaRescreenRun>> => {
  const version = await findListVersion(deps.db, input.listVersionId);
  if (!version) return notFound('List version');
  const after = await listVersionEntries(deps.db, version.id);
  const before: ListEntry[] = input.previousVersionId
    ? (await listVersionEntries(deps.db, input.previousVersionId)).map((item) => item.entry)
    : [];
  const diff = diffLists(
    before,
    after.map((item) => item.entry),
    deps.sha256,
  );
  const delta = [...diff.added, ...diff.changed.map((change) => change.after)];
  const origins = new Map<string, EntryOrigin>();
  for (const item of after) {
    const key = originKey({ ...item.entry, name: item.entry.primaryName });
    if (!origins.has(key))
      origins.set(key, { versionId: version.id, source: version.source, fingerprint: item.fingerprint });
  }
  const parties = await listScreenedParties(deps.db);
  const total = parties.length;
  const found: { partyIndex: number; hits: ReturnType<typeof deltaRescreen>[number]['hits'] }[] = [];
  const byId = new Map(parties.map((party, index) => [party.id, index]));
  for (let start = 0; start < total; start += CHUNK) {
    const chunk = parties.slice(start, start + CHUNK).map((party) => ({
      id: party.id,
      name: party.name,
      type: party.type as EntityType,
      ...(party.country ? { country: party.country } : {}),
    }));
    for (const result of deltaRescreen(chunk, delta))
      found.push({ partyIndex: byId.get(result.partyId)!, hits: result.hits });
    await onProgress({ done: Math.min(start + CHUNK, total), total });
  }
  if (total === 0) await onProgress({ done: 0, total: 0 });
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
    let alerts = 0;
    for (const { partyIndex, hits } of found) {
      const party = parties[partyIndex]!;
      const withOrigin = hits.flatMap((hit) => {
        const origin = origins.get(originKey(hit));
        return origin ? [{ hit, origin }] : [];
      });
      const added = await recordPartyHits(trx, deps, party, withOrigin);
      recorded.push(...added);
      if (added.length > 0 && (await isDesignated(trx, party.proposalId))) {
        for (const hit of added) {
          await insertAlert(trx, {
            id: deps.newId(),
            hitId: hit.hitId,
            proposalId: party.proposalId,
            createdAt: deps.clock(),
          });
          alerts++;
        }
      }
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
      parties: total,
      newHits: recorded.length,
      reused: recorded.filter((r) => r.reusedFrom !== null).length,
      alerts,
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
