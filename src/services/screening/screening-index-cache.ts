import { entityAssigner, type HitRow } from '../../core/screening/hit-groups.ts';
import type { ListEntry } from '../../core/screening/lists/list-entry.ts';
import type { ScreeningHit, ScreeningIndex } from '../../core/screening/matching/index.ts';
import type { ListVersionRecord } from '../../db/repos/list-versions.repo.ts';
import { VersionedCache } from '../versioned-cache.ts';

/** Where an indexed entry came from: its stored version, source key and fingerprint, and the entry itself. */
export type EntryOrigin = { versionId: string; source: string; fingerprint: string; entry: ListEntry };

/** The origin of each indexed entry, and the rows of each list entity (rows differing only by address). */
export type Origins = {
  byEntry: Map<string, EntryOrigin>;
  byEntity: Map<string, EntryOrigin[]>;
  /** the entity key of each entry key */
  entityOf: Map<string, string>;
  assign: (scope: string, entry: ListEntry) => string;
};

/** A built index over the current list versions, with the origin of each entry. */
export type CurrentIndex = {
  index: ScreeningIndex;
  versions: ListVersionRecord[];
  origins: Origins;
};

/** The key under which a hit or entry finds its origin. */
export const originKey = (hit: { list: string; source: string; entryId: string; name: string }): string =>
  `${hit.list}\u0000${hit.source}\u0000${hit.entryId}\u0000${hit.name}`;

export const emptyOrigins = (): Origins => ({
  byEntry: new Map(),
  byEntity: new Map(),
  entityOf: new Map(),
  assign: entityAssigner(),
});

/** Records where a stored entry came from (the first row of a repeated id keeps the entry key). */
export const addOrigin = (
  origins: Origins,
  version: { id: string; source: string },
  stored: { entry: ListEntry; fingerprint: string },
): void => {
  const origin = {
    versionId: version.id,
    source: version.source,
    fingerprint: stored.fingerprint,
    entry: stored.entry,
  };
  const key = originKey({ ...stored.entry, name: stored.entry.primaryName });
  const entity = origins.assign(version.source, stored.entry);
  if (!origins.byEntry.has(key)) {
    origins.byEntry.set(key, origin);
    origins.entityOf.set(key, entity);
  }
  const rows = origins.byEntity.get(entity);
  if (rows) rows.push(origin);
  else origins.byEntity.set(entity, [origin]);
};

/**
 * The rows behind a party's hits: every row of each matched entity (so a group is the whole entity even when
 * only one of its rows matched or changed), ready for `groupHits`. Hits whose entry is unknown are dropped.
 */
export const hitRowsOf = (origins: Origins, hits: readonly ScreeningHit[]): HitRow<EntryOrigin>[] =>
  hits.flatMap((hit) => {
    const key = originKey(hit);
    const origin = origins.byEntry.get(key);
    if (!origin) return [];
    const entity = origins.entityOf.get(key);
    const rows = (entity === undefined ? undefined : origins.byEntity.get(entity)) ?? [origin];
    return rows.map((row) => ({
      hit: { ...hit, entryId: row.entry.entryId },
      entry: row.entry,
      scope: row.source,
      fingerprint: row.fingerprint,
      origin: row,
    }));
  });

/**
 * The index built over the current list versions, keyed by the set of their ids (read per request): an import,
 * through this instance or another sharing the database, changes the key, so the next screening rebuilds once,
 * however many requests arrive meanwhile. One per process, passed in deps (never a global).
 */
export class ScreeningIndexCache extends VersionedCache<CurrentIndex> {}
