import type { ScreeningIndex } from '../../core/screening/matching/index.ts';
import type { ListVersionRecord } from '../../db/repos/list-versions.repo.ts';
import { VersionedCache } from '../versioned-cache.ts';

/** Where an indexed entry came from: its stored version, source key and fingerprint. */
export type EntryOrigin = { versionId: string; source: string; fingerprint: string };

/** A built index over the current list versions, with the origin of each entry. */
export type CurrentIndex = {
  index: ScreeningIndex;
  versions: ListVersionRecord[];
  origins: Map<string, EntryOrigin>;
};

/** The key under which a hit or entry finds its origin. */
export const originKey = (hit: { list: string; source: string; entryId: string; name: string }): string =>
  `${hit.list}\u0000${hit.source}\u0000${hit.entryId}\u0000${hit.name}`;

/**
 * The index built over the current list versions, keyed by the set of their ids (read per request): an import,
 * through this instance or another sharing the database, changes the key, so the next screening rebuilds once,
 * however many requests arrive meanwhile. One per process, passed in deps (never a global).
 */
export class ScreeningIndexCache extends VersionedCache<CurrentIndex> {}
