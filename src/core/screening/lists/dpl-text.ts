import { err, ok, type Result } from '../../kernel/result.ts';
import { sha256Hex } from '../../kernel/sha256.ts';
import { csvRecords } from './csv-records.ts';
import { distinctAliases, iso2Codes } from './entry-fields.ts';
import type { ListEntry } from './list-entry.ts';
import { listMalformed, type ParseOptions } from './list-error.ts';
import type { TextSource } from './text-source.ts';

export const DPL_SOURCE = 'Denied Persons List (DPL) - Bureau of Industry and Security';
const REQUIRED = ['Name', 'Street_Address', 'City', 'State', 'Country', 'Postal_Code', 'Effective_Date'] as const;
/** Fields that make the row key: the same party listed at two addresses is two rows. */
const KEY_FIELDS = REQUIRED;
const SPLIT = /\s+(?:A\/K\/A|A\.K\.A\.|AKA|F\/K\/A|D\/B\/A)\s+/i;
const PARENTHESISED = /\(\s*(?:A\/K\/A|A\.K\.A\.|AKA)\s*([^)]*)\)/i;

/** Other names written into a DPL name: "X A/K/A Y", "X D/B/A Y", "PEARL (A.K.A. NEI-CHIEN CHU) LI". */
const namesWithin = (name: string): string[] => {
  const inner = PARENTHESISED.exec(name);
  if (inner !== null) return [inner[1] ?? '', name.replace(PARENTHESISED, ' ').replace(/\s+/g, ' ').trim()];
  const parts = name.split(SPLIT);
  return parts.length > 1 ? parts : [];
};

/**
 * Parses the BIS Denied Persons List text file (tab-separated, quoted, with a header). The DPL has no
 * identifiers, so the entry id is "dpl-" + 16 hex digits of the SHA-256 of name, address and effective date.
 */
export const parseDplText = async (source: TextSource, options: ParseOptions = {}): Promise<Result<ListEntry[]>> => {
  const { file } = options;
  let column: Map<string, number> | undefined;
  let width = 0;
  const entries: ListEntry[] = [];
  const seen = new Map<string, number>();
  for await (const item of csvRecords(source, { delimiter: '\t' })) {
    if (item.kind === 'error') return err(listMalformed({ file, line: item.line }, item.message));
    const { fields, line } = item;
    if (column === undefined) {
      column = new Map(fields.map((name, index) => [name.trim(), index]));
      width = fields.length;
      const missing = REQUIRED.find((name) => !column?.has(name));
      if (missing !== undefined)
        return err(listMalformed({ file, line, field: missing }, 'the header lacks this column'));
      continue;
    }
    if (fields.length !== width) {
      return err(listMalformed({ file, line }, `expected ${width} columns as in the header, found ${fields.length}`));
    }
    const columns = column;
    const get = (name: string): string => fields[columns.get(name) ?? -1]?.trim() ?? '';
    const name = get('Name').replace(/\s+/g, ' ');
    if (name === '') return err(listMalformed({ file, line, field: 'Name' }, 'required value is empty'));
    const base = `dpl-${sha256Hex(KEY_FIELDS.map(get).join('\u001f')).slice(0, 16)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const entry: ListEntry = {
      list: 'dpl',
      source: DPL_SOURCE,
      entryId: count === 1 ? base : `${base}-${count}`,
      type: 'unknown',
      primaryName: name,
      aliases: distinctAliases(name, namesWithin(name)),
      countries: iso2Codes([get('Country')]),
      programs: [],
    };
    const remarks = get('FR_Citation');
    if (remarks !== '') entry.remarks = remarks;
    entries.push(entry);
  }
  if (column === undefined) return err(listMalformed({ file, line: 1 }, 'the file is empty'));
  return ok(entries);
};
