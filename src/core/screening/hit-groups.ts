import { sha256Hex } from '../kernel/sha256.ts';
import { readableListName } from './list-names.ts';
import type { ListEntry } from './lists/list-entry.ts';
import type { ScreeningHit } from './matching/types.ts';

/** One matched list row: the hit, the entry it matched, and where the caller stored it (`scope`: the list source). */
export type HitRow<O> = { hit: ScreeningHit; entry: ListEntry; scope: string; fingerprint: string; origin: O };

/**
 * One hit per party and list entity: the rows of one entity (`entityKey`: same list source, sub-list, type,
 * name, aliases and programs, whatever their entry ids; or one entry id) that differ only by address, with
 * every address and program of them.
 */
export type HitGroup<O> = {
  /** the best-scoring row's hit, with the group's entry id */
  hit: ScreeningHit;
  /** the row whose hit is shown (the best score) */
  best: HitRow<O>;
  rows: HitRow<O>[];
  /** the smallest entry id of the rows: the group's stable id */
  entryId: string;
  entryIds: string[];
  /** the row's fingerprint for one row; for several, a digest of their sorted fingerprints */
  fingerprint: string;
  listName: string;
  programs: string[];
  addresses: string[];
  entryUrl: string | null;
};

const nameKey = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

const distinct = (values: readonly string[]): string[] => [...new Set(values)];

const setKey = (values: readonly string[]): string => JSON.stringify([...new Set(values.map(nameKey))].sort());

/** What of an entry decides its entity (`entityKey`, `entityAssigner`). */
export type EntityFields = Pick<
  ListEntry,
  'list' | 'source' | 'entryId' | 'type' | 'primaryName' | 'aliases' | 'programs'
>;

/**
 * The key of the entity a row belongs to: rows of one list and sub-list with the same type, name, aliases and
 * programs, which differ only by address (and so by country or remarks). A person's rows are one entity only
 * under one entry id: two listed people may share a name and aliases, and the entries keep no date of birth.
 */
export const entityKey = (scope: string, entry: EntityFields): string =>
  [
    scope,
    entry.list,
    entry.source,
    entry.type,
    nameKey(entry.primaryName),
    entry.type === 'person' ? `id:${entry.entryId}` : `${setKey(entry.aliases)}${setKey(entry.programs)}`,
  ].join('\u0000');

/**
 * Assigns rows to entities: a row takes the entity of the first row with its entry id (a list may repeat an id
 * on rows that differ in aliases or programs too), else its `entityKey`. One per list version or screening.
 */
export const entityAssigner = (): ((scope: string, entry: EntityFields) => string) => {
  const byId = new Map<string, string>();
  return (scope, entry) => {
    const idKey = `${scope}\u0000${entry.list}\u0000${entry.entryId}`;
    const known = byId.get(idKey);
    if (known !== undefined) return known;
    const key = entityKey(scope, entry);
    byId.set(idKey, key);
    return key;
  };
};

/** Groups the rows of one party's hits by entity, best group first; each group lists its rows' addresses. */
export const groupHits = <O>(rows: readonly HitRow<O>[]): HitGroup<O>[] => {
  const byEntity = new Map<string, HitRow<O>[]>();
  const entityOf = entityAssigner();
  for (const row of rows) {
    const key = entityOf(row.scope, row.entry);
    const members = byEntity.get(key);
    if (members) members.push(row);
    else byEntity.set(key, [row]);
  }
  const groups = [...byEntity.values()].map((members): HitGroup<O> => {
    const best = members.reduce((a, b) => (b.hit.score > a.hit.score ? b : a));
    const entryIds = distinct(members.map((row) => row.hit.entryId)).sort();
    const entryId = entryIds[0] ?? best.hit.entryId;
    const fingerprints = distinct(members.map((row) => row.fingerprint)).sort();
    return {
      hit: { ...best.hit, entryId },
      best,
      rows: members,
      entryId,
      entryIds,
      fingerprint:
        fingerprints.length === 1 ? (fingerprints[0] ?? best.fingerprint) : sha256Hex(fingerprints.join('\n')),
      listName: readableListName(best.hit.list, best.hit.source),
      programs: distinct(members.flatMap((row) => row.entry.programs)),
      addresses: distinct(members.flatMap((row) => row.entry.addresses ?? [])),
      entryUrl: members.map((row) => row.entry.url).find((url) => url !== undefined) ?? null,
    };
  });
  return groups.sort((a, b) => b.hit.score - a.hit.score);
};
