import { err, ok, type Result } from '../../kernel/result.ts';
import { countryCodeOf } from './country-name-codes.ts';
import { csvRecords } from './csv-records.ts';
import { distinct, distinctAliases } from './entry-fields.ts';
import type { EntityType, ListEntry } from './list-entry.ts';
import { listMalformed } from './list-error.ts';
import type { TextSource } from './text-source.ts';

/** One file of an OFAC legacy set, with its name for error messages. */
export type OfacFile = { text: TextSource; file?: string };

/** The files of one OFAC legacy list: the primary file (`sdn.csv`, `cons_prim.csv`) and its linked files. */
export type OfacLegacyFiles = {
  primary: OfacFile;
  aliases?: OfacFile;
  addresses?: OfacFile;
  comments?: OfacFile;
  /** the `source` of every entry: "SDN" for the SDN list, "Non-SDN" for the consolidated `cons_*` files */
  source: string;
};

/** Rows of the linked files that point at an `ent_num` the primary file lacks: skipped and counted. */
export type OfacSkipped = { aliases: number; addresses: number; comments: number };
export type OfacImport = { entries: ListEntry[]; skipped: OfacSkipped };

const EMPTY = '-0-';
const TYPES: Record<string, EntityType> = {
  '': 'company',
  individual: 'person',
  vessel: 'vessel',
  aircraft: 'aircraft',
};
const COLUMNS = {
  primary: [
    'ent_num',
    'SDN_Name',
    'SDN_Type',
    'Program',
    'Title',
    'Call_Sign',
    'Vess_type',
    'Tonnage',
    'GRT',
    'Vess_flag',
    'Vess_owner',
    'Remarks',
  ],
  aliases: ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'alt_remarks'],
  addresses: ['ent_num', 'Add_num', 'Address', 'City/State/Province/Postal Code', 'Country', 'Add_remarks'],
  comments: ['ent_num', 'Remarks_Extended'],
} as const;
type Part = keyof typeof COLUMNS;

const clean = (value: string): string => {
  const trimmed = value.trim();
  return trimmed === EMPTY ? '' : trimmed;
};

/** `values` are trimmed with `-0-` as empty; `raw` keeps the text as given (remarks continue mid-word). */
type Row = { line: number; values: string[]; raw: string[] };

/** Reads one file of the set, checking column count and ent_num; stops at the first problem. */
async function* rows(part: Part, input: OfacFile): AsyncGenerator<Result<Row>> {
  const columns = COLUMNS[part];
  for await (const item of csvRecords(input.text)) {
    if (item.kind === 'error') {
      yield err(listMalformed({ file: input.file, line: item.line }, item.message));
      return;
    }
    const { fields, line } = item;
    if (fields.length !== columns.length) {
      yield err(
        listMalformed({ file: input.file, line }, `expected ${columns.length} columns, found ${fields.length}`),
      );
      return;
    }
    const values = fields.map(clean);
    if (!/^\d+$/.test(values[0]!)) {
      yield err(listMalformed({ file: input.file, line, field: 'ent_num' }, 'ent_num is not a number'));
      return;
    }
    yield ok({ line, values, raw: fields });
  }
}

/** "SDGT] [IRGC" → ["SDGT", "IRGC"] (the legacy file joins several programmes with "] ["). */
const programsOf = (value: string): string[] =>
  value
    .replace(/^\[|\]$/g, '')
    .split(/\]\s*\[/)
    .map((program) => program.trim())
    .filter((program) => program !== '');

type Draft = { entry: ListEntry; aliases: string[]; countries: string[]; remarks: string };

/**
 * Parses an OFAC legacy CSV set (no header, CRLF, `-0-` for empty, trailing Ctrl-Z) linked by `ent_num`.
 * The primary name is kept exactly as OFAC gives it ("LAST, First" for individuals); no reordered alias
 * is added, because the matcher compares tokens regardless of order. Remarks continue in the comments file.
 */
export const parseOfacLegacy = async (files: OfacLegacyFiles): Promise<Result<OfacImport>> => {
  const drafts = new Map<string, Draft>();
  const firstLines = new Map<string, number>();
  const primaryFile = files.primary.file;
  let sawAny = false;
  for await (const row of rows('primary', files.primary)) {
    if (!row.ok) return row;
    sawAny = true;
    const [entNum, name, type, program, , , , , , flag, , remarks] = row.value.values as [string, ...string[]];
    const rawRemarks = remarks === '' ? '' : (row.value.raw[11] ?? '');
    const line = row.value.line;
    const firstLine = firstLines.get(entNum);
    if (firstLine !== undefined) {
      return err(
        listMalformed(
          { file: primaryFile, line, field: 'ent_num' },
          `duplicate ent_num "${entNum}" (line ${firstLine})`,
        ),
      );
    }
    firstLines.set(entNum, line);
    if (name === '' || name === undefined) {
      return err(listMalformed({ file: primaryFile, line, field: 'SDN_Name' }, 'required value is empty'));
    }
    const entityType = TYPES[(type ?? '').toLowerCase()];
    if (entityType === undefined) {
      return err(listMalformed({ file: primaryFile, line, field: 'SDN_Type' }, `unknown SDN_Type "${type}"`));
    }
    const flagCode = flag === undefined || flag === '' ? undefined : countryCodeOf(flag);
    drafts.set(entNum, {
      entry: {
        list: 'ofac',
        source: files.source,
        entryId: entNum,
        type: entityType,
        primaryName: name,
        aliases: [],
        countries: [],
        programs: programsOf(program ?? ''),
      },
      aliases: [],
      countries: flagCode === undefined ? [] : [flagCode],
      remarks: rawRemarks,
    });
  }
  if (!sawAny) return err(listMalformed({ file: primaryFile, line: 1 }, 'the file is empty'));

  const skipped: OfacSkipped = { aliases: 0, addresses: 0, comments: 0 };
  const linked: [Exclude<Part, 'primary'>, (draft: Draft, values: string[], raw: string[]) => void][] = [
    ['aliases', (draft, values) => draft.aliases.push(values[3] ?? '')],
    [
      'addresses',
      (draft, values) => {
        const code = countryCodeOf(values[4] ?? '');
        if (code !== undefined) draft.countries.push(code);
      },
    ],
    ['comments', (draft, values, raw) => (draft.remarks += values[1] === '' ? '' : (raw[1] ?? ''))],
  ];
  for (const [part, apply] of linked) {
    const input = files[part];
    if (input === undefined) continue;
    for await (const row of rows(part, input)) {
      if (!row.ok) return row;
      const draft = drafts.get(row.value.values[0]!);
      if (draft === undefined) skipped[part]++;
      else apply(draft, row.value.values, row.value.raw);
    }
  }

  const entries = [...drafts.values()].map(({ entry, aliases, countries, remarks }) => {
    const built: ListEntry = {
      ...entry,
      aliases: distinctAliases(entry.primaryName, aliases),
      countries: distinct(countries),
    };
    if (remarks.trim() !== '') built.remarks = remarks.trim();
    return built;
  });
  return ok({ entries, skipped });
};
