import { err, ok, type Result } from '../../kernel/result.ts';
import { countryCodeOf } from './country-name-codes.ts';
import { distinct, distinctAliases, scriptNameInNote, scriptVariants } from './entry-fields.ts';
import type { ListEntry } from './list-entry.ts';
import { listMalformed, type ParseOptions } from './list-error.ts';
import type { TextSource } from './text-source.ts';
import { xmlEvents } from './xml-events.ts';

/** One direct child of an INDIVIDUAL or ENTITY: its own text and the texts of its descendants by path. */
type Child = { name: string; text: string; parts: Map<string, string> };
type RecordDraft = { kind: 'INDIVIDUAL' | 'ENTITY'; line: number; children: Child[] };

export const UN_SOURCE = 'UN Security Council Consolidated List';
const NAME_PARTS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'];

const texts = (record: RecordDraft, name: string): string[] =>
  record.children.filter((child) => child.name === name).map((child) => child.text.trim());
const first = (record: RecordDraft, name: string): string => texts(record, name)[0] ?? '';
const partTexts = (record: RecordDraft, name: string, part: string): string[] =>
  record.children
    .filter((child) => child.name === name)
    .map((child) => (child.parts.get(part) ?? '').trim())
    .filter((text) => text !== '');

const entryOf = (record: RecordDraft, file: string | undefined): Result<ListEntry> => {
  const individual = record.kind === 'INDIVIDUAL';
  const entryId = first(record, 'REFERENCE_NUMBER');
  if (entryId === '') return err(listMalformed({ file, line: record.line, field: 'REFERENCE_NUMBER' }, 'missing'));
  const primaryName = (individual ? NAME_PARTS.map((part) => first(record, part)) : [first(record, 'FIRST_NAME')])
    .filter((part) => part !== '')
    .join(' ');
  if (primaryName === '') return err(listMalformed({ file, line: record.line, field: 'FIRST_NAME' }, 'missing'));
  const aliasElement = individual ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS';
  const addressElement = individual ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS';
  const countryNames = [...partTexts(record, 'NATIONALITY', 'VALUE'), ...partTexts(record, addressElement, 'COUNTRY')];
  const entry: ListEntry = {
    list: 'un',
    source: UN_SOURCE,
    entryId,
    type: individual ? 'person' : 'company',
    primaryName,
    // a name beside its other-script form ("X (original script: Y)") and a note giving the original
    // script are indexed as names of their own, so a query in either script finds the entry
    aliases: distinctAliases(primaryName, [
      ...partTexts(record, aliasElement, 'ALIAS_NAME').flatMap(scriptVariants),
      ...partTexts(record, aliasElement, 'NOTE').flatMap((note) => scriptNameInNote(note) ?? []),
      ...texts(record, 'NAME_ORIGINAL_SCRIPT').flatMap(scriptVariants),
    ]),
    countries: distinct(countryNames.flatMap((name) => countryCodeOf(name) ?? [])),
    programs: texts(record, 'UN_LIST_TYPE').filter((text) => text !== ''),
  };
  const remarks = first(record, 'COMMENTS1');
  if (remarks !== '') entry.remarks = remarks;
  return ok(entry);
};

/**
 * Parses the UN Security Council Consolidated List XML. Individuals: name from FIRST_NAME…FOURTH_NAME,
 * aliases from INDIVIDUAL_ALIAS (every QUALITY; a name beside its other-script form, or with a NOTE giving the
 * original script, adds that form) and NAME_ORIGINAL_SCRIPT, countries from NATIONALITY and
 * addresses. Entities: FIRST_NAME is the name, ENTITY_ALIAS the aliases. REFERENCE_NUMBER is the entry id.
 */
export const parseUnXml = async (source: TextSource, options: ParseOptions = {}): Promise<Result<ListEntry[]>> => {
  const { file } = options;
  const entries: ListEntry[] = [];
  const firstLines = new Map<string, number>();
  const path: string[] = [];
  let record: RecordDraft | undefined;
  let child: Child | undefined;
  let text = '';
  let root: string | undefined;
  for await (const event of xmlEvents(source)) {
    if (event.kind === 'error')
      return err(listMalformed({ file, line: event.line }, `not well-formed XML: ${event.message}`));
    if (event.kind === 'text') {
      if (child !== undefined) text += event.text;
      continue;
    }
    if (event.kind === 'open') {
      root ??= event.name;
      path.push(event.name);
      if (record === undefined && (event.name === 'INDIVIDUAL' || event.name === 'ENTITY') && path.length === 3) {
        record = { kind: event.name, line: event.line, children: [] };
      } else if (record !== undefined && path.length === 4) {
        child = { name: event.name, text: '', parts: new Map() };
      }
      text = '';
      continue;
    }
    const depth = path.length;
    path.pop();
    if (record !== undefined && child !== undefined && depth > 4) {
      const part = path.slice(4).concat(event.name).join('/');
      child.parts.set(part, text);
    } else if (record !== undefined && child !== undefined && depth === 4) {
      child.text = text;
      record.children.push(child);
      child = undefined;
    } else if (record !== undefined && depth === 3) {
      const entry = entryOf(record, file);
      if (!entry.ok) return entry;
      const firstLine = firstLines.get(entry.value.entryId);
      if (firstLine !== undefined) {
        const problem = `duplicate REFERENCE_NUMBER "${entry.value.entryId}" (line ${firstLine})`;
        return err(listMalformed({ file, line: record.line, field: 'REFERENCE_NUMBER' }, problem));
      }
      firstLines.set(entry.value.entryId, record.line);
      entries.push(entry.value);
      record = undefined;
    }
    text = '';
  }
  if (root !== 'CONSOLIDATED_LIST') {
    return err(
      listMalformed({ file, line: 1, field: 'CONSOLIDATED_LIST' }, 'the root element is not CONSOLIDATED_LIST'),
    );
  }
  return ok(entries);
};
