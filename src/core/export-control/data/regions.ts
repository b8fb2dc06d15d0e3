import { normalizeCountryName } from '../../kernel/countries.ts';

/**
 * Destinations below the country level that the EAR treats on their own: the Crimea region and the
 * covered regions of Ukraine (15 CFR 746.6). Each is governed by its country's Country Group entries and
 * Country Chart row, and named by its own rules (rule-set.ts). Codes are the project's own.
 */
export type Region = { code: string; name: string; country: string; aliases: readonly string[] };

export const REGIONS: readonly Region[] = Object.freeze([
  Object.freeze({
    code: 'UA-CRIMEA',
    name: 'Crimea region of Ukraine',
    country: 'UA',
    aliases: Object.freeze([
      'UA-CRIMEA',
      'Crimea',
      'Crimea region',
      'Crimea region of Ukraine',
      'Autonomous Republic of Crimea',
      'Republic of Crimea',
      'Sevastopol',
      'UA-43',
      'UA-40',
    ]),
  }),
  Object.freeze({
    code: 'UA-DNR',
    name: "so-called Donetsk People's Republic (DNR) region of Ukraine",
    country: 'UA',
    aliases: Object.freeze(['UA-DNR', 'DNR', "Donetsk People's Republic", "so-called Donetsk People's Republic"]),
  }),
  Object.freeze({
    code: 'UA-LNR',
    name: "so-called Luhansk People's Republic (LNR) region of Ukraine",
    country: 'UA',
    aliases: Object.freeze([
      'UA-LNR',
      'LNR',
      "Luhansk People's Republic",
      "so-called Luhansk People's Republic",
      "Lugansk People's Republic",
    ]),
  }),
]);

const BY_ALIAS = new Map(REGIONS.flatMap((r) => r.aliases.map((a) => [normalizeCountryName(a), r] as const)));

/** The region a name or code designates, if any ("Crimea", "UA-43", "DNR"). */
export const findRegion = (text: string): Region | undefined => BY_ALIAS.get(normalizeCountryName(text));

export const regionByCode = (code: string): Region | undefined => REGIONS.find((r) => r.code === code);
