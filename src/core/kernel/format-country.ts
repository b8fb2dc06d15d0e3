import { countryByCode } from './countries.ts';

/**
 * Regional blocs a proposal may target, by name (their members are in core/eligibility/targets.ts).
 * Source: the blocs' own names (europa.eu, gcc-sg.org, asean.org, au.int).
 */
const BLOC_NAMES: Readonly<Record<string, string>> = {
  EU: 'European Union',
  GCC: 'Gulf Cooperation Council',
  ASEAN: 'Association of Southeast Asian Nations',
  AU: 'African Union',
};

/**
 * A country or bloc code as people read it, with the code: "China (CN)", "European Union (EU)". Names come from
 * the ISO 3166-1 table of countries.ts (Debian iso-codes, with the EAR's names where they differ). An unknown
 * code is shown as it is; no code (null, empty) as "—".
 */
export const formatCountry = (code: string | null | undefined): string => {
  const trimmed = code?.trim().toUpperCase() ?? '';
  if (trimmed === '') return '—';
  const name = countryByCode(trimmed)?.name ?? BLOC_NAMES[trimmed];
  return name ? `${name} (${trimmed})` : trimmed;
};

/** Several codes, comma-separated, each as formatCountry shows it; "—" for none. */
export const formatCountries = (codes: readonly string[]): string =>
  codes.length === 0 ? '—' : codes.map(formatCountry).join(', ');
