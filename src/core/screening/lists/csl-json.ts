import { z } from 'zod';
import { err, ok, type Result } from '../../kernel/result.ts';
import { addressCountry, cslEntry } from './csl-record.ts';
import type { ListEntry } from './list-entry.ts';
import { listMalformed, type ParseOptions } from './list-error.ts';
import { type TextSource, textChunks } from './text-source.ts';

const text = z.string().nullish();
const ListOrText = z.union([z.array(z.string()), z.string()]).nullish();

/** One record of the trade.gov CSL API (`/consolidated_screening_list/v1/search`), as far as entries need it. */
export const CslJsonRecordSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).nullish(),
  _id: z.union([z.string(), z.number()]).nullish(),
  source: z.string().trim().min(1),
  type: text,
  name: z.string().trim().min(1),
  alt_names: ListOrText,
  programs: ListOrText,
  addresses: z
    .array(z.looseObject({ country: text, address: text, city: text, state: text, postal_code: text }))
    .nullish(),
  source_list_url: text,
  source_information_url: text,
  citizenships: ListOrText,
  nationalities: ListOrText,
  remarks: text,
  license_requirement: text,
  license_policy: text,
  federal_register_notice: text,
});

const CslJsonSchema = z.union([z.looseObject({ results: z.array(z.unknown()) }), z.array(z.unknown())]);
const values = (value: string[] | string | null | undefined): string[] =>
  (typeof value === 'string' ? value.split(';') : (value ?? [])).map((part) => part.trim()).filter(Boolean);

const lineAt = (textValue: string, position: number): number => textValue.slice(0, position).split('\n').length;

/**
 * Parses the CSL as JSON: `{ "results": [ … ] }` (the trade.gov API) or a bare array of the same records.
 * The id is `id` (API) or `_id` (the CSV's column). JSON is parsed whole, so a JSON file is held in memory.
 */
export const parseCslJson = async (source: TextSource, options: ParseOptions = {}): Promise<Result<ListEntry[]>> => {
  const { file } = options;
  let whole = '';
  for await (const chunk of textChunks(source)) whole += chunk;
  if (whole.trim() === '') return err(listMalformed({ file, line: 1 }, 'the file is empty'));
  let parsed: unknown;
  try {
    parsed = JSON.parse(whole);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const line = position === undefined ? 1 : lineAt(whole, Number(position));
    return err(listMalformed({ file, line }, `not valid JSON: ${message}`));
  }
  const top = CslJsonSchema.safeParse(parsed);
  if (!top.success) return err(listMalformed({ file, field: 'results' }, 'expected { "results": [ … ] } or an array'));
  const records = Array.isArray(top.data) ? top.data : top.data.results;
  const prefix = Array.isArray(top.data) ? '' : 'results';
  const entries: ListEntry[] = [];
  const firstRecords = new Map<string, { index: number; party: string }>();
  for (const [index, raw] of records.entries()) {
    const record = CslJsonRecordSchema.safeParse(raw);
    if (!record.success) {
      const issue = record.error.issues[0];
      const field = `${prefix}[${index}]${issue?.path.map((key) => `.${String(key)}`).join('') ?? ''}`;
      return err(listMalformed({ file, field }, issue?.message ?? 'invalid record'));
    }
    const data = record.data;
    const id = String(data.id ?? data._id ?? '').trim();
    if (id === '') return err(listMalformed({ file, field: `${prefix}[${index}].id` }, 'required value is missing'));
    const party = JSON.stringify([data.source.trim(), (data.type ?? '').trim(), data.name.trim()]);
    const first = firstRecords.get(id);
    if (first === undefined) firstRecords.set(id, { index, party });
    else if (first.party !== party) {
      return err(
        listMalformed(
          { file, field: `${prefix}[${index}].id` },
          `duplicate id "${id}" (${prefix}[${first.index}]) for another party: a repeated id must name the same source, type and name`,
        ),
      );
    }
    entries.push(
      cslEntry({
        id,
        source: data.source,
        type: data.type ?? '',
        name: data.name,
        altNames: values(data.alt_names),
        programs: values(data.programs),
        addressCountries: (data.addresses ?? []).map(
          (address) => address.country?.trim() || addressCountry(address.address ?? ''),
        ),
        citizenships: values(data.citizenships),
        nationalities: values(data.nationalities),
        remarks: data.remarks ?? '',
        licenseRequirement: data.license_requirement ?? '',
        licensePolicy: data.license_policy ?? '',
        federalRegisterNotice: data.federal_register_notice ?? '',
        addresses: (data.addresses ?? []).map((address) =>
          [address.address, address.city, address.state, address.postal_code, address.country]
            .map((part) => part?.trim() ?? '')
            .filter((part) => part !== '')
            .join(', '),
        ),
        sourceListUrl: data.source_list_url ?? '',
        sourceInformationUrl: data.source_information_url ?? '',
      }),
    );
  }
  return ok(entries);
};
