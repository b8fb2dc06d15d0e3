import { err, ok, type Result } from '../../kernel/result.ts';
import { countryCodeOf } from './country-name-codes.ts';
import { csvRecords } from './csv-records.ts';
import { distinct, distinctAliases, entityTypeOf, splitValues } from './entry-fields.ts';
import type { ListEntry } from './list-entry.ts';
import { listMalformed, type ParseOptions } from './list-error.ts';
import type { TextSource } from './text-source.ts';

const ISO2 = /^[A-Za-z]{2}$/;

/**
 * Parses an agency's own watchlist: CSV with the header `id,name,aliases,type,countries,source` (any
 * order; `aliases`, `type`, `countries`, `source` may be left out). Aliases and countries are `;`-separated;
 * countries are ISO-2 codes or country names the lists use. `type` is person/individual, company/entity/
 * organization, vessel or aircraft (empty: unknown). Ids must be unique.
 */
export const parseWatchlistCsv = async (
  source: TextSource,
  options: ParseOptions = {},
): Promise<Result<ListEntry[]>> => {
  const { file } = options;
  let column: Map<string, number> | undefined;
  let width = 0;
  const entries: ListEntry[] = [];
  const ids = new Set<string>();
  for await (const item of csvRecords(source)) {
    if (item.kind === 'error') return err(listMalformed({ file, line: item.line }, item.message));
    const { fields, line } = item;
    if (column === undefined) {
      column = new Map(
        fields.map((name, index) => [
          name
            .trim()
            .toLowerCase()
            .replace(/^\uFEFF/, ''),
          index,
        ]),
      );
      width = fields.length;
      const missing = (['id', 'name'] as const).find((name) => !column?.has(name));
      if (missing !== undefined)
        return err(listMalformed({ file, line, field: missing }, 'the header lacks this column'));
      continue;
    }
    if (fields.length !== width) {
      return err(listMalformed({ file, line }, `expected ${width} columns as in the header, found ${fields.length}`));
    }
    const columns = column;
    const get = (name: string): string => fields[columns.get(name) ?? -1]?.trim() ?? '';
    const id = get('id');
    const name = get('name');
    if (id === '') return err(listMalformed({ file, line, field: 'id' }, 'required value is empty'));
    if (ids.has(id)) return err(listMalformed({ file, line, field: 'id' }, `duplicate id "${id}"`));
    ids.add(id);
    if (name === '') return err(listMalformed({ file, line, field: 'name' }, 'required value is empty'));
    const typeWord = get('type');
    const type = entityTypeOf(typeWord);
    if (typeWord !== '' && type === 'unknown') {
      return err(listMalformed({ file, line, field: 'type' }, `unknown type "${typeWord}"`));
    }
    const countries: string[] = [];
    for (const country of splitValues(get('countries'))) {
      const code = ISO2.test(country) ? country.toUpperCase() : countryCodeOf(country);
      if (code === undefined)
        return err(listMalformed({ file, line, field: 'countries' }, `unknown country "${country}"`));
      countries.push(code);
    }
    entries.push({
      list: 'watchlist',
      source: get('source') || 'watchlist',
      entryId: id,
      type,
      primaryName: name,
      aliases: distinctAliases(name, splitValues(get('aliases'))),
      countries: distinct(countries),
      programs: [],
    });
  }
  if (column === undefined) return err(listMalformed({ file, line: 1 }, 'the file is empty'));
  return ok(entries);
};
