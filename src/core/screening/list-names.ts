import type { ListFormat } from './lists/list-entry.ts';

/** A readable list name per source code: the abbreviation trade.gov's CSL puts in parentheses in `source`. */
const BY_CODE: Readonly<Record<string, string>> = {
  EL: 'Entity List',
  SDN: 'Specially Designated Nationals (SDN)',
  DPL: 'Denied Persons List',
  UVL: 'Unverified List',
  MEU: 'Military End User List',
  ISN: 'Nonproliferation Sanctions',
  FSE: 'Foreign Sanctions Evaders',
  SSI: 'Sectoral Sanctions',
  DTC: 'ITAR Debarred',
  CMIC: 'Chinese Military-Industrial Complex Companies (CMIC)',
  'NS-MBS LIST': 'Menu-Based Sanctions (NS-MBS)',
  PLC: 'Palestinian Legislative Council List',
  CAP: 'Correspondent Account or Payable-Through Account Sanctions (CAPTA)',
};

/** The readable name of whole list formats whose entries all come from one list. */
const BY_FORMAT: Partial<Readonly<Record<ListFormat, string>>> = {
  un: 'UN Security Council Consolidated List',
  dpl: 'Denied Persons List',
};

/** Sources named without a parenthesised code (OFAC legacy files, short forms). */
const BY_NAME: Readonly<Record<string, string>> = {
  sdn: BY_CODE.SDN ?? 'SDN',
  'non-sdn': 'OFAC Consolidated (non-SDN) Sanctions List',
  'entity list': 'Entity List',
  'denied persons list': 'Denied Persons List',
  'unverified list': 'Unverified List',
};

/**
 * A readable name for the list an entry comes from, e.g. "Entity List" for the CSL source
 * "Entity List (EL) - Bureau of Industry and Security". An unknown source keeps its own words without the
 * issuing agency ("X - Agency" → "X"); never empty.
 */
export const readableListName = (list: string, source: string): string => {
  const byFormat = BY_FORMAT[list as ListFormat];
  if (byFormat !== undefined) return byFormat;
  const trimmed = source.trim();
  const code = /\(([^()]+)\)/.exec(trimmed)?.[1]?.trim().toUpperCase();
  if (code !== undefined && BY_CODE[code] !== undefined) return BY_CODE[code];
  const byName = BY_NAME[trimmed.toLowerCase()];
  if (byName !== undefined) return byName;
  const withoutAgency = trimmed.replace(/\s+-\s+[^-]+$/, '').trim();
  return withoutAgency !== '' ? withoutAgency : trimmed !== '' ? trimmed : list;
};
