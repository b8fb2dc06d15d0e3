import { entityAssigner } from '../../core/screening/hit-groups.ts';
import { listVersionEntriesAt, type PositionedEntry, walkVersionEntries } from '../../db/repos/list-entries.repo.ts';
import type { ListVersionRecord } from '../../db/repos/list-versions.repo.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { ENTRY_PAGE_ROWS, yieldToEventLoop } from './screen-in-slices.ts';
import { addOrigin, emptyOrigins, type Origins } from './screening-index-cache.ts';

/**
 * The entries of a list change (the version's rows at `positions`) and the origins a hit on them is recorded
 * with: every row of each list entity a changed row belongs to, so a hit still carries its whole entity (every
 * address row), as it would from the full version. The version is walked a page at a time to assign each row its
 * entity (a row takes the entity of the first row with its id, so file order matters); only the rows of the
 * touched entities are then read in full and kept. Memory follows the change, not the size of the list. Reads
 * are small pages with yields between them, so a server answers requests meanwhile.
 */
export const loadDeltaOrigins = async (
  deps: Pick<ServiceDeps, 'db'>,
  version: Pick<ListVersionRecord, 'id' | 'source'>,
  positions: readonly number[],
): Promise<{ changed: PositionedEntry[]; origins: Origins }> => {
  const origins = emptyOrigins();
  if (positions.length === 0) return { changed: [], origins };
  const assign = entityAssigner();
  const entityAt: string[] = [];
  for await (const page of walkVersionEntries(deps.db, version.id, ENTRY_PAGE_ROWS)) {
    for (const item of page) entityAt[item.position] = assign(version.source, item.entry);
    await yieldToEventLoop();
  }
  const touched = new Set(positions.map((position) => entityAt[position]));
  const members: number[] = [];
  entityAt.forEach((entity, position) => {
    if (touched.has(entity)) members.push(position);
  });
  const wanted = new Set(positions);
  const changed: PositionedEntry[] = [];
  // in file order, as over the whole version: the first row of an entry key keeps it, and rows of one id share
  // the entity of the first (always a member itself, since rows of one id are one entity)
  // a small page of positions per query, yielding between them (the event loop is not held by one long read)
  for (let start = 0; start < members.length; start += ENTRY_PAGE_ROWS) {
    const page = members.slice(start, start + ENTRY_PAGE_ROWS);
    for (const item of await listVersionEntriesAt(deps.db, version.id, page)) {
      addOrigin(origins, version, item);
      if (wanted.has(item.position)) changed.push(item);
    }
    await yieldToEventLoop();
  }
  return { changed, origins };
};
