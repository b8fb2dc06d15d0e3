import { sha256Hex } from '../../kernel/sha256.ts';
import type { ListEntry } from './list-entry.ts';

/** A function from text to a hex digest; the default is the product's one SHA-256 (`core/kernel/sha256.ts`). */
export type HashText = (text: string) => string;

/** The fields of an entry that a diff compares (everything but `list` and `entryId`, which key it). */
export const ENTRY_FIELDS = ['source', 'type', 'primaryName', 'aliases', 'countries', 'programs', 'remarks'] as const;
export type EntryField = (typeof ENTRY_FIELDS)[number];

const sorted = (values: readonly string[]): string[] => [...values].sort();

/** The entry as a canonical JSON text: fixed key order, set-valued fields sorted, absent remarks as "". */
export const canonicalEntry = (entry: ListEntry): string =>
  JSON.stringify([
    entry.list,
    entry.entryId,
    entry.source,
    entry.type,
    entry.primaryName,
    sorted(entry.aliases),
    sorted(entry.countries),
    sorted(entry.programs),
    entry.remarks ?? '',
  ]);

/** A digest of the entry's canonical form: equal fingerprints mean equal entries (alias order aside). */
export const entryFingerprint = (entry: ListEntry, hash: HashText = sha256Hex): string => hash(canonicalEntry(entry));

/** What a list version records about its content. */
export type ListVersionSummary = { entryCount: number; contentHash: string };

/**
 * Summarises entries as a list version: their count and a content hash over the sorted entry
 * fingerprints, so the same entries give the same hash whatever their order or file formatting.
 * (The hash of the raw file bytes is services' `hashListContent`.)
 */
export const summarizeListVersion = (
  entries: readonly ListEntry[],
  hash: HashText = sha256Hex,
): ListVersionSummary => ({
  entryCount: entries.length,
  contentHash: hash(
    entries
      .map((entry) => entryFingerprint(entry, hash))
      .sort()
      .join('\n'),
  ),
});

export type ChangedEntry = { before: ListEntry; after: ListEntry; fields: EntryField[] };
export type ListDiff = { added: ListEntry[]; removed: ListEntry[]; changed: ChangedEntry[]; unchanged: number };

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length !== b.length) return false;
  const left = sorted(a);
  const right = sorted(b);
  return left.every((value, index) => value === right[index]);
};

/** The fields in which two entries with the same id differ (set-valued fields compared as sets). */
export const changedFields = (before: ListEntry, after: ListEntry): EntryField[] =>
  ENTRY_FIELDS.filter((field) => {
    if (field === 'aliases' || field === 'countries' || field === 'programs')
      return !sameSet(before[field], after[field]);
    if (field === 'remarks') return (before.remarks ?? '') !== (after.remarks ?? '');
    return before[field] !== after[field];
  });

type Fingerprinted = { entry: ListEntry; fingerprint: string };

const groupById = (entries: readonly ListEntry[], hash: HashText): Map<string, Fingerprinted[]> => {
  const groups = new Map<string, Fingerprinted[]>();
  for (const entry of entries) {
    const group = groups.get(entry.entryId);
    const item = { entry, fingerprint: entryFingerprint(entry, hash) };
    if (group === undefined) groups.set(entry.entryId, [item]);
    else group.push(item);
  }
  return groups;
};

/**
 * What changed between two versions of a list, keyed by entryId. Entries whose fingerprints are equal are
 * unchanged; an id present in both with different content is changed (with the fields that differ).
 * Some lists repeat an id (the compacted CSL gives one party at two addresses the same `_id`): within an
 * id, identical entries pair first, the rest pair in file order as changed, and any surplus is added or
 * removed.
 */
export const diffLists = (
  oldEntries: readonly ListEntry[],
  newEntries: readonly ListEntry[],
  hash: HashText = sha256Hex,
): ListDiff => {
  const before = groupById(oldEntries, hash);
  const after = groupById(newEntries, hash);
  const diff: ListDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const [id, oldGroup] of before) {
    const newGroup = after.get(id);
    if (newGroup === undefined) {
      diff.removed.push(...oldGroup.map((item) => item.entry));
      continue;
    }
    const unmatchedNew = [...newGroup];
    const unmatchedOld: Fingerprinted[] = [];
    for (const item of oldGroup) {
      const same = unmatchedNew.findIndex((candidate) => candidate.fingerprint === item.fingerprint);
      if (same === -1) unmatchedOld.push(item);
      else {
        unmatchedNew.splice(same, 1);
        diff.unchanged++;
      }
    }
    const pairs = Math.min(unmatchedOld.length, unmatchedNew.length);
    for (let index = 0; index < pairs; index++) {
      const oldEntry = unmatchedOld[index]!.entry;
      const newEntry = unmatchedNew[index]!.entry;
      diff.changed.push({ before: oldEntry, after: newEntry, fields: changedFields(oldEntry, newEntry) });
    }
    diff.removed.push(...unmatchedOld.slice(pairs).map((item) => item.entry));
    diff.added.push(...unmatchedNew.slice(pairs).map((item) => item.entry));
  }
  for (const [id, newGroup] of after) {
    if (!before.has(id)) diff.added.push(...newGroup.map((item) => item.entry));
  }
  return diff;
};
