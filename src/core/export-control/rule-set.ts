import { LICENSE_EXCEPTIONS as X } from './data/license-exceptions.ts';
import type { AnyRule } from './rule.ts';

/**
 * The export-control rules, as data. Each rule names its kind, citation and effective dates; the evaluator
 * dispatches on kind (evaluators.ts). To change a rule: edit or add an object here (never edit one in place
 * for a past date — end it with effectiveTo and add the new one), run the tests, update docs/rules.md.
 */

/** Advanced-computing items (3A090.a/.b, 4A090 and the ".z" items) under the 2023 rule. */
export const ADVANCED_COMPUTING_ECCNS = Object.freeze([
  '3A090.a',
  '3A090.b',
  '4A090',
  '3A001.z',
  '4A003.z',
  '4A004.z',
  '4A005.z',
  '5A002.z',
  '5A004.z',
  '5A992.z',
  '5D002.z',
  '5D992.z',
]);

/** The paragraphs the AI Diffusion rule put under a worldwide requirement (742.6(a)(6)(iii)(A)). */
export const DIFFUSION_WORLDWIDE_ECCNS = Object.freeze([
  '3A090.a',
  '4A090.a',
  '3A001.z.1.a',
  '3A001.z.2.a',
  '3A001.z.3.a',
  '3A001.z.4.a',
  '4A003.z.1.a',
  '4A003.z.2.a',
  '4A004.z.1',
  '5A002.z.1.a',
  '5A002.z.2.a',
  '5A002.z.3.a',
  '5A002.z.4.a',
  '5A002.z.5.a',
  '5A992.z.1',
  '5D002.z.1.a',
  '5D002.z.2.a',
  '5D002.z.3.a',
  '5D002.z.4.a',
  '5D002.z.5.a',
  '5D002.z.6.a',
  '5D002.z.7.a',
  '5D002.z.8.a',
  '5D002.z.9.a',
  '5D992.z.1',
]);

const EAR = 'Export Administration Regulations, 15 CFR';
const ECFR = 'https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C';
/** used for long-standing rules whose start predates anything the platform checks (EAR restructuring, 61 FR 12714) */
const LONG_STANDING = '1996-03-25';
/** the United States and its territories: a shipment there is not an export */
const DOMESTIC = ['US', 'PR', 'GU', 'VI', 'AS', 'MP', 'UM'];

const rules: AnyRule[] = [
  {
    id: 'ac-china-2022',
    kind: 'destination-scope',
    title: 'Advanced computing items to China and Macau (October 2022 rule)',
    summary: 'Items in 3A090 and 4A090 need a licence to China (Hong Kong included) and Macau.',
    source: EAR,
    section: '742.6(a)(6)(i)',
    document: '87 FR 62186 (Oct. 13, 2022)',
    effectiveFrom: '2022-10-21',
    effectiveTo: '2023-11-17',
    params: {
      eccns: ['3A090', '4A090'],
      groups: [],
      countries: ['CN', 'MO'],
      excludeGroups: [],
      excludeCountries: [],
      reviewPolicy: 'presumption_of_denial',
      family: 'advanced-computing',
      possibleExceptions: [],
    },
  },
  {
    id: 'ac-destinations-d1-d4',
    kind: 'destination-scope',
    title: 'Advanced computing items to Country Groups D:1 and D:4 (other than Macau and D:5)',
    summary:
      '3A090, 4A090 and ".z" items need a licence to destinations in Country Groups D:1 or D:4, except destinations also in A:5 or A:6; Macau and D:5 destinations fall under the stricter rule below.',
    source: EAR,
    section: '742.6(a)(6)(iii)',
    url: `${ECFR}/part-742/section-742.6`,
    document: '88 FR 73458 (Oct. 25, 2023)',
    effectiveFrom: '2023-11-17',
    params: {
      eccns: ADVANCED_COMPUTING_ECCNS,
      groups: ['D:1', 'D:4'],
      countries: [],
      excludeGroups: ['A:5', 'A:6', 'D:5'],
      excludeCountries: ['MO'],
      reviewPolicy: 'presumption_of_approval',
      family: 'advanced-computing',
      possibleExceptions: [X.NAC_ACA, X.VEU],
    },
  },
  {
    id: 'ac-destinations-d5-macau',
    kind: 'destination-scope',
    title: 'Advanced computing items to Macau and Country Group D:5',
    summary:
      '3A090, 4A090 and ".z" items need a licence to Macau and to destinations in Country Group D:5 (China, Hong Kong included), except destinations also in A:5 or A:6.',
    source: EAR,
    section: '742.6(a)(6)(iii)',
    url: `${ECFR}/part-742/section-742.6`,
    document: '88 FR 73458 (Oct. 25, 2023)',
    effectiveFrom: '2023-11-17',
    params: {
      eccns: ADVANCED_COMPUTING_ECCNS,
      groups: ['D:5'],
      countries: ['MO'],
      excludeGroups: ['A:5', 'A:6'],
      excludeCountries: [],
      reviewPolicy: 'presumption_of_denial',
      family: 'advanced-computing',
      possibleExceptions: [X.NAC_ACA],
    },
  },
  {
    id: 'ac-headquarters-macau-d5',
    kind: 'headquarters-scope',
    title: 'Advanced computing items for buyers headquartered in Macau or D:5',
    summary:
      '3A090, 4A090 and ".z" items need a licence to any destination when the buyer or operator, or its ultimate parent, is headquartered in Macau or a Country Group D:5 country.',
    source: EAR,
    section: '742.6(a)(6)(iii)',
    url: `${ECFR}/part-742/section-742.6`,
    document: '88 FR 73458 (Oct. 25, 2023)',
    effectiveFrom: '2023-11-17',
    params: {
      eccns: ADVANCED_COMPUTING_ECCNS,
      groups: ['D:5'],
      countries: ['MO'],
      reviewPolicy: 'presumption_of_denial',
      family: 'advanced-computing',
      possibleExceptions: [],
    },
  },
  {
    id: 'hbm-macau-d5',
    kind: 'destination-scope',
    title: 'High-bandwidth memory (3A090.c) to Macau and D:5',
    summary: '3A090.c high-bandwidth memory needs a licence to Macau and to destinations in Country Group D:5.',
    source: EAR,
    section: '742.6(a)(6)(i)(B)',
    url: `${ECFR}/part-742/section-742.6`,
    document: '89 FR 96790 (Dec. 5, 2024)',
    effectiveFrom: '2024-12-02',
    params: {
      eccns: ['3A090.c'],
      groups: ['D:5'],
      countries: ['MO'],
      excludeGroups: [],
      excludeCountries: [],
      reviewPolicy: 'presumption_of_denial',
      family: 'hbm',
      possibleExceptions: [X.HBM],
    },
  },
  {
    id: 'ai-diffusion-worldwide',
    kind: 'worldwide',
    title: 'AI Diffusion rule: worldwide licence for the most advanced chips',
    summary:
      '3A090.a, 4A090.a and the matching ".z" paragraphs need a licence to every destination (AI Diffusion rule). Rescinded by BIS on May 13, 2025 and not enforced; kept switchable.',
    source: EAR,
    section: '742.6(a)(6)(iii)(A)',
    url: `${ECFR}/part-742/section-742.6`,
    document: '90 FR 4544 (Jan. 15, 2025)',
    effectiveFrom: '2025-05-15',
    enforcement: {
      notEnforcedFrom: '2025-05-13',
      switchKey: 'ai-diffusion',
      note: 'BIS announced on May 13, 2025 that it would not enforce the AI Diffusion rule (compliance date May 15, 2025)',
    },
    params: {
      eccns: DIFFUSION_WORLDWIDE_ECCNS,
      exceptDestinations: DOMESTIC,
      reviewPolicy: 'case_by_case',
      family: 'advanced-computing',
      possibleExceptions: [X.AIA, X.ACM, X.LPP],
    },
  },
  {
    id: 'model-weights-4e091',
    kind: 'worldwide',
    title: 'Model weights (4E091): worldwide licence',
    summary:
      'Parameters of AI models trained with 10^26 or more operations (4E091) need a licence to every destination. From the AI Diffusion rule; not enforced since May 13, 2025; kept switchable.',
    source: EAR,
    section: '742.6(a)(13)',
    url: `${ECFR}/part-742/section-742.6`,
    document: '90 FR 4544 (Jan. 15, 2025)',
    effectiveFrom: '2025-05-15',
    enforcement: {
      notEnforcedFrom: '2025-05-13',
      switchKey: '4e091',
      note: 'rescinded with the AI Diffusion rule on May 13, 2025; not enforced',
    },
    params: {
      eccns: ['4E091'],
      exceptDestinations: DOMESTIC,
      reviewPolicy: 'case_by_case',
      family: 'model-weights',
      possibleExceptions: [X.AIA],
    },
  },
  {
    id: 'china-macau-review-policy-2026',
    kind: 'performance-review-policy',
    title: 'China and Macau: case-by-case review below TPP 21,000 and 6,500 GB/s',
    summary:
      'From Jan 15, 2026, licence applications for advanced computing items to China (Hong Kong included) and Macau are reviewed case by case when the chip is below TPP 21,000 and 6,500 GB/s DRAM bandwidth; otherwise under a presumption of denial.',
    source: EAR,
    section: '742.6(b)(10)',
    url: `${ECFR}/part-742/section-742.6`,
    document: 'FR Doc 2026-00789 (Revision to License Review Policy for Advanced Computing Commodities)',
    effectiveFrom: '2026-01-15',
    params: {
      family: 'advanced-computing',
      destinations: ['CN', 'HK', 'MO'],
      tppBelow: 21000,
      memoryBandwidthBelowGBs: 6500,
      within: 'case_by_case',
      otherwise: 'presumption_of_denial',
    },
  },
  {
    id: 'embargo-cuba',
    kind: 'destination-embargo',
    title: 'Cuba embargo',
    summary: 'Every item subject to the EAR, EAR99 included, needs a licence to Cuba.',
    source: EAR,
    section: '746.2',
    url: `${ECFR}/part-746/section-746.2`,
    effectiveFrom: LONG_STANDING,
    params: { destinations: ['CU'], scope: 'all-items', reviewPolicy: 'policy_of_denial', possibleExceptions: [] },
  },
  {
    id: 'embargo-iran',
    kind: 'destination-embargo',
    title: 'Iran embargo',
    summary: 'Every item subject to the EAR, EAR99 included, needs a licence to Iran (with OFAC authorization rules).',
    source: EAR,
    section: '746.7',
    url: `${ECFR}/part-746/section-746.7`,
    effectiveFrom: LONG_STANDING,
    params: { destinations: ['IR'], scope: 'all-items', reviewPolicy: 'policy_of_denial', possibleExceptions: [] },
  },
  {
    id: 'embargo-north-korea',
    kind: 'destination-embargo',
    title: 'North Korea embargo',
    summary: 'Every item subject to the EAR, EAR99 included, needs a licence to North Korea.',
    source: EAR,
    section: '746.4 and 742.19',
    url: `${ECFR}/part-746/section-746.4`,
    effectiveFrom: LONG_STANDING,
    params: { destinations: ['KP'], scope: 'all-items', reviewPolicy: 'policy_of_denial', possibleExceptions: [] },
  },
  {
    id: 'embargo-syria',
    kind: 'destination-embargo',
    title: 'Syria controls',
    summary: 'Items subject to the EAR need a licence to Syria; License Exception SPP may apply.',
    source: EAR,
    section: '746.9',
    url: `${ECFR}/part-746/section-746.9`,
    effectiveFrom: LONG_STANDING,
    params: { destinations: ['SY'], scope: 'all-items', reviewPolicy: 'policy_of_denial', possibleExceptions: [X.SPP] },
  },
  {
    id: 'sanctions-russia',
    kind: 'destination-embargo',
    title: 'Sanctions against Russia',
    summary: 'Every item on the Commerce Control List needs a licence to Russia; many EAR99 items do too.',
    source: EAR,
    section: '746.8',
    url: `${ECFR}/part-746/section-746.8`,
    document: '87 FR 12226 (Mar. 3, 2022)',
    effectiveFrom: '2022-02-24',
    params: {
      destinations: ['RU'],
      scope: 'ccl-items',
      reviewPolicy: 'policy_of_denial',
      ear99Note:
        'EAR99 items listed by HTS code in supplements no. 2, 4, 5, 6 and 7 to part 746 need a licence to Russia (746.8(a)(2)–(5)); check the item’s HTS code',
      possibleExceptions: [X.RUSSIA_BELARUS],
    },
  },
  {
    id: 'sanctions-belarus',
    kind: 'destination-embargo',
    title: 'Sanctions against Belarus',
    summary: 'Every item on the Commerce Control List needs a licence to Belarus; many EAR99 items do too.',
    source: EAR,
    section: '746.8',
    url: `${ECFR}/part-746/section-746.8`,
    document: '87 FR 13048 (Mar. 8, 2022)',
    effectiveFrom: '2022-03-02',
    params: {
      destinations: ['BY'],
      scope: 'ccl-items',
      reviewPolicy: 'policy_of_denial',
      ear99Note:
        'EAR99 items listed by HTS code in supplements no. 2, 4, 5, 6 and 7 to part 746 need a licence to Belarus (746.8(a)(2)–(5)); check the item’s HTS code',
      possibleExceptions: [X.RUSSIA_BELARUS],
    },
  },
  {
    id: 'anti-terrorism-e1',
    kind: 'anti-terrorism',
    title: 'Anti-terrorism controls to Country Group E:1',
    summary:
      'Items controlled for anti-terrorism (AT) reasons, AT-only items included, need a licence to Iran, North Korea and Syria.',
    source: EAR,
    section: '742.8, 742.9, 742.19',
    url: `${ECFR}/part-742`,
    effectiveFrom: LONG_STANDING,
    params: {
      groups: ['E:1'],
      sectionByDestination: { IR: '742.8', SY: '742.9', KP: '742.19' },
      reviewPolicy: 'policy_of_denial',
    },
  },
  {
    id: 'encryption-items',
    kind: 'worldwide',
    title: 'Encryption items (EI)',
    summary: '5A002 and 5D002 items need a licence for encryption (EI) reasons to every destination except Canada.',
    source: EAR,
    section: '742.15',
    url: `${ECFR}/part-742/section-742.15`,
    effectiveFrom: LONG_STANDING,
    params: {
      eccns: ['5A002', '5D002'],
      exceptDestinations: ['CA', ...DOMESTIC],
      reviewPolicy: 'case_by_case',
      family: 'encryption',
      possibleExceptions: [X.ENC],
    },
  },
  {
    id: 'country-chart',
    kind: 'country-chart',
    title: 'Commerce Country Chart',
    summary:
      'A licence is required when a Country Chart column the ECCN names has an X for the destination, unless a licence exception applies.',
    source: EAR,
    section: '738.4 and 738 Supp. 1',
    url: `${ECFR}/part-738`,
    effectiveFrom: LONG_STANDING,
    params: { reviewPolicy: 'case_by_case', domesticDestinations: DOMESTIC },
  },
];

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
};

export const EXPORT_CONTROL_RULES: readonly AnyRule[] = deepFreeze(rules);
