import { readableListName } from './list-names.ts';

/** What a stored hit says about its list entity: readable list name, programs, link, addresses, grouped ids. */
export type HitListDetails = {
  listName: string;
  programs: string[];
  entryUrl: string | null;
  addresses: string[];
  entryIds: string[];
};

const strings = (value: unknown): string[] | null =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : null;

const field = (explanation: unknown, name: string): unknown =>
  typeof explanation === 'object' && explanation !== null ? (explanation as Record<string, unknown>)[name] : undefined;

/**
 * The list details of a stored hit, read from its explanation (hits grouped by `groupHits` keep them there);
 * hits stored before grouping get a list name from their source and empty lists.
 */
export const hitListDetails = (hit: { explanation: unknown; listSource: string; entryId: string }): HitListDetails => {
  const { explanation } = hit;
  const stored = field(explanation, 'listName');
  const list = field(explanation, 'list');
  const source = field(explanation, 'source');
  const entryUrl = field(explanation, 'entryUrl');
  return {
    listName:
      typeof stored === 'string' && stored !== ''
        ? stored
        : readableListName(
            typeof list === 'string' ? list : hit.listSource,
            typeof source === 'string' ? source : hit.listSource,
          ),
    programs: strings(field(explanation, 'programs')) ?? [],
    entryUrl: typeof entryUrl === 'string' ? entryUrl : null,
    addresses: strings(field(explanation, 'addresses')) ?? [],
    entryIds: strings(field(explanation, 'entryIds')) ?? [hit.entryId],
  };
};
