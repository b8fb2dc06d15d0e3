import { isCountryCode } from '../kernel/countries.ts';

/** Regional blocs a proposal may target, as member countries. Others must be listed country by country. */
export const BLOCS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  EU: Object.freeze([
    'AT',
    'BE',
    'BG',
    'HR',
    'CY',
    'CZ',
    'DK',
    'EE',
    'FI',
    'FR',
    'DE',
    'GR',
    'HU',
    'IE',
    'IT',
    'LV',
    'LT',
    'LU',
    'MT',
    'NL',
    'PL',
    'PT',
    'RO',
    'SK',
    'SI',
    'ES',
    'SE',
  ]),
  GCC: Object.freeze(['BH', 'KW', 'OM', 'QA', 'SA', 'AE']),
  ASEAN: Object.freeze(['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN']),
});

export type ExpandedTargets = { countries: string[]; unresolved: string[] };

/** Target countries of a proposal: country codes as given, blocs expanded, unknown codes reported. */
export const expandTargets = (targets: readonly string[]): ExpandedTargets => {
  const countries = new Set<string>();
  const unresolved: string[] = [];
  for (const target of targets) {
    const bloc = BLOCS[target];
    if (bloc) for (const code of bloc) countries.add(code);
    else if (isCountryCode(target)) countries.add(target);
    else unresolved.push(target);
  }
  return { countries: [...countries].sort(), unresolved };
};
