/** The kind of party a list entry (or a screened name) describes. */
export type EntityType = 'person' | 'company' | 'vessel' | 'aircraft' | 'unknown';

/** Which official (or custom) list format an entry came from. */
/** The list file formats the importers read. */
export const LIST_FORMATS = ['csl', 'ofac', 'un', 'dpl', 'watchlist'] as const;
export type ListFormat = (typeof LIST_FORMATS)[number];

/**
 * One entry of a screening list, in the same shape whatever the source format.
 * `entryId` is the list's own identifier: CSL `_id`, OFAC `ent_num`, UN `REFERENCE_NUMBER`,
 * DPL row key, watchlist `id`.
 */
export type ListEntry = {
  /** the format the entry was read from */
  list: ListFormat;
  /** the sub-list or programme as the source names it, e.g. "Entity List (EL) - Bureau of Industry and Security", "SDN", "UN 1267" */
  source: string;
  entryId: string;
  type: EntityType;
  primaryName: string;
  /** other names, spellings and scripts; never includes primaryName */
  aliases: string[];
  /** ISO 3166-1 alpha-2 codes linked to the entry (addresses, nationality, citizenship) */
  countries: string[];
  /** sanction programmes or list-specific codes */
  programs: string[];
  /** free text the source attaches (remarks, federal register notice) */
  remarks?: string;
  /** the addresses as the source writes them (CSL), when it gives any; not part of the fingerprint */
  addresses?: string[];
  /** the source's page for the entry or its list (CSL `source_information_url`, else `source_list_url`) */
  url?: string;
  /** the licence requirement the source gives (CSL `license_requirement`: Entity List, MEU List); not fingerprinted */
  licenseRequirement?: string;
  /** the licence review policy the source gives (CSL `license_policy`); not fingerprinted */
  licensePolicy?: string;
  /** the Federal Register notice that listed the entry (CSL `federal_register_notice`); not fingerprinted */
  federalRegisterNotice?: string;
};
