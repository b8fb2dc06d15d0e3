import { err, ok, type Result } from '../../kernel/result.ts';
import { sha256Hex } from '../../kernel/sha256.ts';
import { addressCountry, cslEntry } from './csl-record.ts';
import { csvRecords } from './csv-records.ts';
import { splitValues } from './entry-fields.ts';
import type { ListEntry } from './list-entry.ts';
import { listMalformed, type ParseOptions } from './list-error.ts';
import type { TextSource } from './text-source.ts';

/** Columns every CSL CSV must have; `_id` is present in the 29-column layout only. */
const REQUIRED = ['source', 'type', 'programs', 'name', 'addresses', 'alt_names'] as const;
/** Fields that identify a record of the old layout, which has no `_id` (see docs/lists.md). */
const IDENTITY = ['source', 'entity_number', 'type', 'name', 'addresses', 'federal_register_notice', 'start_date'];

/**
 * Checks an id against the rows seen so far: undefined when it is new, or repeats the same party (the compacted
 * CSL lists a party at several addresses as several rows with one `_id`, see docs/lists.md); otherwise the problem.
 */
export const repeatedId = (
  firstRows: Map<string, { line: number; party: string }>,
  id: string,
  line: number,
  partyFields: string[],
): string | undefined => {
  const party = JSON.stringify(partyFields.map((field) => field.trim()));
  const first = firstRows.get(id);
  if (first === undefined) {
    firstRows.set(id, { line, party });
    return undefined;
  }
  return first.party === party
    ? undefined
    : `duplicate id "${id}" (line ${first.line}) for another party: a repeated _id must name the same source, type and name`;
};

/**
 * Parses the trade.gov Consolidated Screening List CSV: the official 29-column layout (with `_id`) or the
 * older 28-column one, whose ids are derived from the identifying fields ("csl-" + 24 hex digits of SHA-256).
 */
export const parseCslCsv = async (source: TextSource, options: ParseOptions = {}): Promise<Result<ListEntry[]>> => {
  const { file } = options;
  let header: string[] | undefined;
  let column: Map<string, number> = new Map();
  const entries: ListEntry[] = [];
  const seenIds = new Map<string, number>();
  const firstRows = new Map<string, { line: number; party: string }>();
  for await (const item of csvRecords(source)) {
    if (item.kind === 'error') return err(listMalformed({ file, line: item.line }, item.message));
    if (header === undefined) {
      header = item.fields.map((name) => name.trim().replace(/^\uFEFF/, ''));
      column = new Map(header.map((name, index) => [name, index]));
      const missing = REQUIRED.find((name) => !column.has(name));
      if (missing !== undefined) {
        return err(listMalformed({ file, line: item.line, field: missing }, 'the header lacks a required CSL column'));
      }
      continue;
    }
    const { fields, line } = item;
    if (fields.length !== header.length) {
      return err(
        listMalformed({ file, line }, `expected ${header.length} columns as in the header, found ${fields.length}`),
      );
    }
    const get = (name: string): string => {
      const index = column.get(name);
      return index === undefined ? '' : (fields[index] ?? '');
    };
    for (const name of ['source', 'name'] as const) {
      if (get(name).trim() === '') return err(listMalformed({ file, line, field: name }, 'required value is empty'));
    }
    let id = get('_id').trim();
    if (!column.has('_id')) {
      const base = `csl-${sha256Hex(IDENTITY.map((name) => get(name).trim()).join('\u001f')).slice(0, 24)}`;
      const count = (seenIds.get(base) ?? 0) + 1;
      seenIds.set(base, count);
      id = count === 1 ? base : `${base}-${count}`;
    } else if (id === '') {
      return err(listMalformed({ file, line, field: '_id' }, 'required value is empty'));
    } else {
      const repeat = repeatedId(firstRows, id, line, [get('source'), get('type'), get('name')]);
      if (repeat !== undefined) return err(listMalformed({ file, line, field: '_id' }, repeat));
    }
    entries.push(
      cslEntry({
        id,
        source: get('source'),
        type: get('type'),
        name: get('name'),
        altNames: splitValues(get('alt_names')),
        programs: splitValues(get('programs')),
        addressCountries: splitValues(get('addresses')).map(addressCountry),
        citizenships: splitValues(get('citizenships')),
        nationalities: splitValues(get('nationalities')),
        remarks: get('remarks'),
        licenseRequirement: get('license_requirement'),
        licensePolicy: get('license_policy'),
        federalRegisterNotice: get('federal_register_notice'),
        addresses: splitValues(get('addresses')),
        sourceListUrl: get('source_list_url'),
        sourceInformationUrl: get('source_information_url'),
      }),
    );
  }
  if (header === undefined) return err(listMalformed({ file, line: 1 }, 'the file is empty'));
  return ok(entries);
};
