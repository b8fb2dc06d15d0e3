import { distinctAliases, entityTypeOf, iso2Codes } from './entry-fields.ts';
import type { ListEntry } from './list-entry.ts';

/** The fields of one CSL record that entries are built from, whether read from the CSV or the JSON. */
export type CslRecord = {
  id: string;
  source: string;
  type: string;
  name: string;
  altNames: string[];
  programs: string[];
  /** ISO-2 codes (or addresses whose last comma-separated part is one) */
  addressCountries: string[];
  citizenships: string[];
  nationalities: string[];
  remarks: string;
  /** the addresses as written (the compacted snapshot keeps only their country codes) */
  addresses?: string[];
  sourceListUrl?: string;
  /** the entry's licence requirement and review policy (Entity List, MEU List), and its Federal Register notice */
  licenseRequirement?: string;
  licensePolicy?: string;
  federalRegisterNotice?: string;
  sourceInformationUrl?: string;
};

/** The last comma-separated part of a CSL address, which trade.gov sets to the ISO-2 country code. */
export const addressCountry = (address: string): string => address.slice(address.lastIndexOf(',') + 1).trim();

/** Builds the list entry of a CSL record (CSV or JSON): `type` mapped to EntityType, countries as ISO-2. */
export const cslEntry = (record: CslRecord): ListEntry => {
  const primaryName = record.name.trim();
  const entry: ListEntry = {
    list: 'csl',
    source: record.source.trim(),
    entryId: record.id,
    type: entityTypeOf(record.type),
    primaryName,
    aliases: distinctAliases(primaryName, record.altNames),
    countries: iso2Codes([...record.addressCountries, ...record.citizenships, ...record.nationalities]),
    programs: record.programs.map((program) => program.trim()).filter((program) => program !== ''),
  };
  const remarks = record.remarks.trim();
  if (remarks !== '') entry.remarks = remarks;
  const addresses = (record.addresses ?? []).map((address) => address.trim()).filter((address) => address !== '');
  if (addresses.length > 0) entry.addresses = addresses;
  const url = [record.sourceInformationUrl, record.sourceListUrl].map((u) => u?.trim() ?? '').find((u) => u !== '');
  if (url !== undefined) entry.url = url;
  const licenseRequirement = record.licenseRequirement?.trim() ?? '';
  if (licenseRequirement !== '') entry.licenseRequirement = licenseRequirement;
  const licensePolicy = record.licensePolicy?.trim() ?? '';
  if (licensePolicy !== '') entry.licensePolicy = licensePolicy;
  const notice = record.federalRegisterNotice?.trim() ?? '';
  if (notice !== '') entry.federalRegisterNotice = notice;
  return entry;
};
