import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DetermineInput, determine } from './determine.ts';
import type { ReviewPolicy } from './review-policy.ts';

type Case = {
  eccn: string;
  to: string;
  hq?: string;
  parent?: string;
  date?: string;
  tpp?: number;
  density?: number;
  bw?: number;
  switches?: string[];
  /** expected: licence required, review policy, rule ids among the reasons */
  lr: boolean;
  policy: ReviewPolicy;
  rules: string[];
  /** rule ids that must not be among the reasons */
  not?: string[];
  exceptions?: string[];
  /** exceptions that must not be named */
  notExceptions?: string[];
  /** exactly these agencies' authorizations are required */
  agencies?: ('BIS' | 'OFAC')[];
  consignee?: string;
  transaction?: 'export' | 'reexport' | 'transfer';
  io?: number;
  bwd?: number;
  datacenter?: boolean;
  /** Country Groups the destination must (+) or must not (-) be in on the date */
  groups?: string[];
  status?: 'determined' | 'undetermined';
  /** an exemption of the consignee: "applies:<id>" or "possible:<id>" */
  exemption?: string;
};

const D = '2026-03-01';
const NLR = ['no-license-required'];
const ACD = 'ac-destinations-d1-d4';
const AC5 = 'ac-destinations-d5-macau';
const ACHQ = 'ac-headquarters-macau-d5';
const ACHQA = 'ac-headquarters-a-items-2025';
const CHINA = 'china-macau-review-policy-2026';
const AT = 'anti-terrorism-e1-2025';
const UAE = 'uae-advanced-computing-2026';

// ECCN × destination × headquarters × date → expected outcome and cited rule
const CASES: Case[] = [
  // A:1 / A:5: no advanced-computing licence
  { eccn: '3A090.a', to: 'DE', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090.a', to: 'JP', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090.a', to: 'GB', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090.a', to: 'IN', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090.a', to: 'KR', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090.a', to: 'Turkey', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090.a', to: 'US', lr: false, policy: 'none', rules: NLR },
  // A:6: excluded from the D:1/D:4 scope (Israel is in D:2/D:4 too)
  { eccn: '3A090.a', to: 'IL', lr: false, policy: 'none', rules: NLR, not: [ACD] },
  { eccn: '3A090.a', to: 'TW', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090.a', to: 'SG', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090.a', to: 'MX', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090.a', to: 'CY', lr: false, policy: 'none', rules: NLR },
  // B only
  { eccn: '3A090.a', to: 'BR', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090.a', to: 'MY', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090.a', to: 'KE', lr: false, policy: 'none', rules: NLR },
  // D:1 (not D:5, not Macau)
  {
    eccn: '3A090.a',
    to: 'VN',
    lr: true,
    policy: 'presumption_of_approval',
    rules: [ACD],
    exceptions: ['NAC', 'ACA', 'VEU (Data Center)'],
  },
  { eccn: '3A090.a', to: 'KZ', lr: true, policy: 'presumption_of_approval', rules: [ACD] },
  { eccn: '3A090.a', to: 'AM', lr: true, policy: 'presumption_of_approval', rules: [ACD] },
  { eccn: '4A090', to: 'MN', lr: true, policy: 'presumption_of_approval', rules: [ACD] },
  { eccn: '3A090.b', to: 'GE', lr: true, policy: 'presumption_of_approval', rules: [ACD] },
  // D:4 (and D:2/D:3)
  { eccn: '3A090.a', to: 'SA', lr: true, policy: 'presumption_of_approval', rules: [ACD] },
  { eccn: '3A090.a', to: 'QA', lr: true, policy: 'presumption_of_approval', rules: [ACD] },
  { eccn: '3A090.a', to: 'EG', lr: true, policy: 'presumption_of_approval', rules: [ACD] },
  { eccn: '4A090.a', to: 'JO', lr: true, policy: 'presumption_of_approval', rules: [ACD] },
  { eccn: '5A992.z', to: 'KW', lr: true, policy: 'presumption_of_approval', rules: [ACD] },
  { eccn: '3A090.a', to: 'PK', lr: true, policy: 'presumption_of_approval', rules: [ACD] },
  // D:5 and Macau; China/Macau review policy from 2026-01-15
  { eccn: '3A090.a', to: 'CN', lr: true, policy: 'presumption_of_denial', rules: [AC5, CHINA], not: [ACD] },
  { eccn: '3A090.a', to: 'CN', tpp: 15000, bw: 4800, lr: true, policy: 'case_by_case', rules: [AC5, CHINA] },
  {
    eccn: '3A090.a',
    to: 'CN',
    tpp: 15000,
    bw: 4800,
    date: '2025-12-01',
    lr: true,
    policy: 'presumption_of_denial',
    rules: [AC5],
    not: [CHINA],
  },
  {
    eccn: '3A090.a',
    to: 'CN',
    tpp: 15000,
    bw: 4800,
    date: '2026-01-14',
    lr: true,
    policy: 'presumption_of_denial',
    rules: [AC5],
    not: [CHINA],
  },
  {
    eccn: '3A090.a',
    to: 'CN',
    tpp: 15000,
    bw: 4800,
    date: '2026-01-15',
    lr: true,
    policy: 'case_by_case',
    rules: [AC5, CHINA],
  },
  { eccn: '3A090.a', to: 'CN', tpp: 21000, bw: 4000, lr: true, policy: 'presumption_of_denial', rules: [CHINA] },
  { eccn: '3A090.a', to: 'CN', tpp: 20999, bw: 6499, lr: true, policy: 'case_by_case', rules: [CHINA] },
  { eccn: '3A090.a', to: 'CN', tpp: 20000, bw: 6500, lr: true, policy: 'presumption_of_denial', rules: [CHINA] },
  { eccn: '3A090.a', to: 'CN', tpp: 20000, lr: true, policy: 'presumption_of_denial', rules: [CHINA] },
  { eccn: '3A090.a', to: 'Hong Kong', tpp: 15000, bw: 4800, lr: true, policy: 'case_by_case', rules: [AC5, CHINA] },
  { eccn: '3A090.a', to: 'Macao', tpp: 15000, bw: 4800, lr: true, policy: 'case_by_case', rules: [AC5, CHINA] },
  { eccn: '3A090.a', to: 'MO', lr: true, policy: 'presumption_of_denial', rules: [AC5], not: [ACD] },
  { eccn: '3A090.a', to: 'AF', lr: true, policy: 'presumption_of_denial', rules: [AC5] },
  { eccn: '3A090.a', to: 'VE', lr: true, policy: 'presumption_of_denial', rules: [AC5] },
  { eccn: '3A090.a', to: 'NI', lr: true, policy: 'presumption_of_denial', rules: [AC5] },
  { eccn: '3A090.a', to: 'HT', lr: true, policy: 'presumption_of_denial', rules: [AC5] },
  { eccn: '3A090.a', to: 'ZW', lr: true, policy: 'presumption_of_denial', rules: [AC5] },
  { eccn: '3A090.a', to: 'Burma', lr: true, policy: 'presumption_of_denial', rules: [AC5] },
  { eccn: '3A090.a', to: 'IQ', lr: true, policy: 'presumption_of_denial', rules: [AC5] },
  { eccn: '3A090.a', to: 'LB', lr: true, policy: 'presumption_of_denial', rules: [AC5] },
  // E:1 and E:2: embargoes and anti-terrorism controls
  {
    eccn: 'EAR99',
    to: 'IR',
    lr: true,
    policy: 'policy_of_denial',
    rules: ['ofac-iran'],
    not: ['embargo-iran'],
    agencies: ['OFAC'],
  },
  { eccn: 'EAR99', to: 'North Korea', lr: true, policy: 'policy_of_denial', rules: ['embargo-north-korea'] },
  { eccn: 'EAR99', to: 'SY', lr: true, policy: 'case_by_case', rules: ['syria-2025'], exceptions: ['SPP'] },
  { eccn: 'EAR99', to: 'CU', lr: true, policy: 'policy_of_denial', rules: ['embargo-cuba'] },
  {
    eccn: '5A992.c',
    to: 'IR',
    lr: true,
    policy: 'policy_of_denial',
    rules: ['embargo-iran', 'ofac-iran', AT],
    agencies: ['BIS', 'OFAC'],
  },
  { eccn: '5D992.c', to: 'SY', lr: true, policy: 'case_by_case', rules: [AT, 'syria-2025'], not: ['embargo-syria'] },
  { eccn: '3A991', to: 'KP', lr: true, policy: 'policy_of_denial', rules: [AT], agencies: ['BIS'] },
  {
    eccn: '4A994',
    to: 'CU',
    lr: true,
    policy: 'policy_of_denial',
    rules: ['embargo-cuba'],
    not: [AT],
  },
  {
    eccn: '3A090.a',
    to: 'IR',
    lr: true,
    policy: 'policy_of_denial',
    rules: ['embargo-iran', AC5, AT],
  },
  // Russia and Belarus (746.8)
  {
    eccn: '5A992.c',
    to: 'RU',
    lr: true,
    policy: 'policy_of_denial',
    rules: ['sanctions-russia'],
    exceptions: ['746.8(c)'],
  },
  { eccn: 'EAR99', to: 'RU', lr: true, policy: 'undetermined', rules: ['sanctions-russia'] },
  { eccn: '5A992.c', to: 'BY', lr: true, policy: 'policy_of_denial', rules: ['sanctions-belarus'] },
  { eccn: '5A992.c', to: 'RU', date: '2022-01-15', lr: false, policy: 'none', rules: NLR },
  { eccn: '5A992.c', to: 'BY', date: '2022-02-28', lr: false, policy: 'none', rules: NLR },
  { eccn: '5A992.c', to: 'BY', date: '2022-03-02', lr: true, policy: 'policy_of_denial', rules: ['sanctions-belarus'] },
  { eccn: '3A090.a', to: 'Russian Federation', lr: true, policy: 'policy_of_denial', rules: ['sanctions-russia', AC5] },
  // worldwide requirement by headquarters (Macau or D:5)
  {
    eccn: '3A090.a',
    to: 'DE',
    hq: 'CN',
    tpp: 15000,
    bw: 4800,
    lr: true,
    policy: 'presumption_of_denial',
    rules: [ACHQ, ACHQA],
    not: [CHINA],
  },
  { eccn: '3A090.a', to: 'DE', parent: 'MO', lr: true, policy: 'presumption_of_denial', rules: [ACHQ] },
  { eccn: '3A090.a', to: 'GB', hq: 'RU', lr: true, policy: 'presumption_of_denial', rules: [ACHQ], not: [CHINA] },
  {
    eccn: '3A090.a',
    to: 'JP',
    hq: 'US',
    parent: 'CN',
    tpp: 15000,
    bw: 4800,
    lr: true,
    policy: 'presumption_of_denial',
    rules: [ACHQ],
    not: [CHINA],
  },
  { eccn: '3A090.a', to: 'DE', hq: 'SG', parent: 'JP', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090.a', to: 'SG', hq: 'Iran', lr: true, policy: 'presumption_of_denial', rules: [ACHQ] },
  { eccn: '4A090', to: 'AE', hq: 'HK', lr: true, policy: 'presumption_of_denial', rules: [ACHQ] },
  { eccn: '3A090.a', to: 'DE', hq: 'CN', date: '2023-06-01', lr: false, policy: 'none', rules: NLR },
  // earlier rules: the October 2022 rule and the November 2023 effective date
  {
    eccn: '3A090.a',
    to: 'CN',
    date: '2023-06-01',
    lr: true,
    policy: 'presumption_of_denial',
    rules: ['ac-china-2022'],
  },
  { eccn: '3A090.a', to: 'VN', date: '2023-06-01', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090.a', to: 'VN', date: '2023-11-17', lr: true, policy: 'presumption_of_approval', rules: [ACD] },
  { eccn: '3A090.a', to: 'CN', date: '2022-10-20', lr: true, policy: 'undetermined', rules: ['country-chart'] },
  // 3A090.c high-bandwidth memory (Macau and D:5 only, from Dec 2, 2024)
  {
    eccn: '3A090.c',
    to: 'CN',
    date: '2025-01-10',
    lr: true,
    policy: 'presumption_of_denial',
    rules: ['hbm-macau-d5'],
    exceptions: ['HBM'],
  },
  { eccn: '3A090.c', to: 'CN', date: '2024-11-30', lr: true, policy: 'undetermined', rules: ['country-chart'] },
  { eccn: '3A090.c', to: 'VN', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090.c', to: 'MO', lr: true, policy: 'presumption_of_denial', rules: ['hbm-macau-d5'] },
  // ".z" items
  { eccn: '3A001.z.1.b', to: 'VN', lr: true, policy: 'case_by_case', rules: [ACD, 'country-chart'] },
  { eccn: '4A003.z.1.a', to: 'DE', lr: true, policy: 'case_by_case', rules: ['country-chart'], not: [ACD] },
  { eccn: '4A003.z.1.a', to: 'CA', lr: false, policy: 'none', rules: NLR },
  {
    eccn: '5A002.z.1.a',
    to: 'CN',
    lr: true,
    policy: 'presumption_of_denial',
    rules: [AC5, 'encryption-items', 'country-chart'],
  },
  {
    eccn: '5D002.z.1.b',
    to: 'SA',
    lr: true,
    policy: 'case_by_case',
    rules: [ACD, 'encryption-items'],
    exceptions: ['ENC'],
  },
  { eccn: '5D992.z.2', to: 'VN', lr: true, policy: 'presumption_of_approval', rules: [ACD] },
  { eccn: '4A004.z.1', to: 'MO', lr: true, policy: 'presumption_of_denial', rules: [AC5] },
  // encryption (EI, NS 1) and ENC
  {
    eccn: '5A002.a',
    to: 'DE',
    lr: true,
    policy: 'case_by_case',
    rules: ['encryption-items', 'country-chart'],
    exceptions: ['ENC'],
  },
  { eccn: '5A002.a', to: 'CA', lr: false, policy: 'none', rules: NLR },
  { eccn: '5A002.a', to: 'GB', lr: true, policy: 'case_by_case', rules: ['encryption-items'], not: ['country-chart'] },
  { eccn: '5D002.c.1', to: 'JP', lr: true, policy: 'case_by_case', rules: ['encryption-items'] },
  // AT-only items outside E:1, and EAR99
  { eccn: '5A992.c', to: 'DE', lr: false, policy: 'none', rules: NLR },
  { eccn: '5A992.c', to: 'CN', lr: false, policy: 'none', rules: NLR },
  { eccn: 'EAR99', to: 'CN', lr: false, policy: 'none', rules: NLR },
  { eccn: 'ear99', to: 'FR', lr: false, policy: 'none', rules: NLR },
  // AI Diffusion rule and 4E091: in force, not enforced unless switched on
  {
    eccn: '3A090.a',
    to: 'DE',
    switches: ['ai-diffusion'],
    lr: true,
    policy: 'case_by_case',
    rules: ['ai-diffusion-worldwide'],
    exceptions: ['AIA', 'ACM', 'LPP'],
  },
  { eccn: '3A090.a', to: 'DE', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090.b', to: 'DE', switches: ['ai-diffusion'], lr: false, policy: 'none', rules: NLR },
  { eccn: '4E091', to: 'DE', lr: false, policy: 'none', rules: NLR },
  { eccn: '4E091', to: 'DE', switches: ['4e091'], lr: true, policy: 'case_by_case', rules: ['model-weights-4e091'] },
  { eccn: '4E091', to: 'DE', switches: ['4e091'], date: '2025-05-12', lr: false, policy: 'none', rules: NLR },
  // bare 3A090: the paragraph is unknown (assumed covered) or refined from TPP and density
  { eccn: '3A090', to: 'VN', lr: true, policy: 'presumption_of_approval', rules: [ACD] },
  { eccn: '3A090', to: 'SA', tpp: 5000, density: 3, lr: true, policy: 'presumption_of_approval', rules: [ACD] },
  { eccn: '5A002', to: 'VN', lr: true, policy: 'case_by_case', rules: ['encryption-items'], not: [ACD] },
  { eccn: '4A003', to: 'VN', lr: true, policy: 'undetermined', rules: ['country-chart'], not: [ACD] },
  { eccn: '5A992.z', to: 'VN', lr: true, policy: 'presumption_of_approval', rules: [ACD] },
  // territories and destinations without a row
  { eccn: '3A090.a', to: 'LI', lr: false, policy: 'none', rules: NLR },
  { eccn: '5A002.a', to: 'PR', lr: false, policy: 'none', rules: NLR },
  { eccn: '4A003.z.1.a', to: 'GL', lr: true, policy: 'undetermined', rules: ['country-chart'] },
  { eccn: '1C011', to: 'DE', lr: true, policy: 'undetermined', rules: ['country-chart'] },
];

// Every dated fact, on each side of its date (docs/rules.md lists them with their sources)
const DATED_CASES: Case[] = [
  // the earliest reference table
  {
    eccn: 'EAR99',
    to: 'DE',
    date: '2020-12-22',
    lr: true,
    policy: 'undetermined',
    rules: ['before-reference-data'],
    status: 'undetermined',
  },
  { eccn: 'EAR99', to: 'DE', date: '2020-12-23', lr: false, policy: 'none', rules: NLR, status: 'determined' },
  // UAE: D:3/D:4 until 2026-07-09, A:5 from 2026-07-10 (FR Doc 2026-14132)
  {
    eccn: '3A090.a',
    to: 'AE',
    date: '2026-07-09',
    lr: true,
    policy: 'presumption_of_approval',
    rules: [ACD],
    not: [UAE],
    groups: ['+D:3', '+D:4', '-A:5'],
  },
  {
    eccn: '3A090.a',
    to: 'AE',
    date: '2026-07-10',
    lr: true,
    policy: 'undetermined',
    rules: [UAE],
    not: [ACD],
    groups: ['-D:3', '-D:4', '+A:5'],
  },
  { eccn: '3A090.a', to: 'AE', lr: true, policy: 'presumption_of_approval', rules: [ACD] },
  // the UAE rule and its exemptions
  {
    eccn: '3A090.a',
    to: 'AE',
    date: '2026-08-01',
    consignee: 'Acme Trading LLC',
    lr: true,
    policy: 'undetermined',
    rules: [UAE],
  },
  {
    eccn: '4A090.b',
    to: 'AE',
    date: '2026-08-01',
    consignee: 'Acme Trading LLC',
    transaction: 'transfer',
    lr: true,
    policy: 'undetermined',
    rules: [UAE],
  },
  {
    eccn: '3A090.a',
    to: 'AE',
    date: '2026-08-01',
    consignee: 'UAE Government',
    lr: false,
    policy: 'none',
    rules: NLR,
    exemption: 'applies:uae-government',
  },
  {
    eccn: '3A090.b',
    to: 'AE',
    date: '2026-08-01',
    consignee: 'G42',
    lr: false,
    policy: 'none',
    rules: NLR,
    exemption: 'applies:uae-approved-g42',
  },
  {
    eccn: '4A090.a',
    to: 'AE',
    date: '2026-08-01',
    consignee: 'Core42 LLC',
    lr: false,
    policy: 'none',
    rules: NLR,
    exemption: 'applies:uae-approved-core42',
  },
  {
    eccn: '3A090.a',
    to: 'AE',
    date: '2027-04-06',
    consignee: 'G42',
    lr: false,
    policy: 'none',
    rules: NLR,
    exemption: 'applies:uae-approved-g42',
  },
  { eccn: '3A090.a', to: 'AE', date: '2027-04-07', consignee: 'G42', lr: true, policy: 'undetermined', rules: [UAE] },
  {
    eccn: '3A090.a',
    to: 'AE',
    date: '2026-07-09',
    consignee: 'G42',
    lr: true,
    policy: 'presumption_of_approval',
    rules: [ACD],
  },
  {
    eccn: '3A090.a',
    to: 'AE',
    date: '2026-08-01',
    consignee: 'Example AI UAE Ltd',
    hq: 'US',
    lr: true,
    policy: 'undetermined',
    rules: [UAE],
    exemption: 'possible:uae-us-headquartered-ai',
  },
  { eccn: '3A090.c', to: 'AE', date: '2026-08-01', lr: false, policy: 'none', rules: NLR },
  // Cambodia: D:5 from 2021-12-09 to 2025-11-07
  { eccn: 'EAR99', to: 'KH', date: '2021-12-08', lr: false, policy: 'none', rules: NLR, groups: ['-D:5', '+D:1'] },
  { eccn: 'EAR99', to: 'KH', date: '2021-12-09', lr: false, policy: 'none', rules: NLR, groups: ['+D:5'] },
  {
    eccn: '3A090.a',
    to: 'KH',
    date: '2025-11-07',
    lr: true,
    policy: 'presumption_of_denial',
    rules: [AC5],
    groups: ['+D:5'],
  },
  {
    eccn: '3A090.a',
    to: 'KH',
    date: '2025-11-08',
    lr: true,
    policy: 'presumption_of_approval',
    rules: [ACD],
    not: [AC5],
    groups: ['-D:5'],
  },
  {
    eccn: '3A090.a',
    to: 'KH',
    date: '2026-02-03',
    lr: true,
    policy: 'presumption_of_approval',
    rules: [ACD],
    groups: ['-D:5'],
  },
  // Nicaragua: B until 2024-03-14, D:1 and D:5 from 2024-03-15
  {
    eccn: '3A090.a',
    to: 'NI',
    date: '2024-03-14',
    lr: false,
    policy: 'none',
    rules: NLR,
    groups: ['+B', '-D:1', '-D:5'],
  },
  {
    eccn: '3A090.a',
    to: 'NI',
    date: '2024-03-15',
    lr: true,
    policy: 'presumption_of_denial',
    rules: [AC5],
    groups: ['-B', '+D:1', '+D:5'],
  },
  // Macau in the advanced-computing scope from 2023-01-17 (88 FR 2821), not 2022-10-21
  { eccn: '3A090', to: 'MO', date: '2022-10-21', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090', to: 'MO', date: '2023-01-16', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090', to: 'MO', date: '2023-01-17', lr: true, policy: 'presumption_of_denial', rules: ['ac-macau-2023'] },
  { eccn: '3A090', to: 'CN', date: '2022-10-21', lr: true, policy: 'presumption_of_denial', rules: ['ac-china-2022'] },
  // AUKUS: no NS 1 licence for Australia and the United Kingdom from 2024-04-19
  { eccn: '4A003.z.1.a', to: 'GB', date: '2024-04-18', lr: true, policy: 'case_by_case', rules: ['country-chart'] },
  { eccn: '4A003.z.1.a', to: 'GB', date: '2024-04-19', lr: false, policy: 'none', rules: NLR },
  { eccn: '4A003.z.1.a', to: 'AU', date: '2024-04-18', lr: true, policy: 'case_by_case', rules: ['country-chart'] },
  { eccn: '4A003.z.1.a', to: 'AU', date: '2024-04-19', lr: false, policy: 'none', rules: NLR },
  // the 3A090 text by date: 2022 (TOPS × bit length and I/O) to 2023-11-16, TPP and density from 2023-11-17
  {
    eccn: '3A090',
    to: 'CN',
    date: '2022-10-20',
    tpp: 5000,
    io: 900,
    lr: true,
    policy: 'undetermined',
    rules: ['country-chart'],
  },
  {
    eccn: '3A090',
    to: 'CN',
    date: '2022-10-21',
    tpp: 5000,
    io: 900,
    lr: true,
    policy: 'presumption_of_denial',
    rules: ['ac-china-2022'],
  },
  { eccn: '3A090', to: 'CN', date: '2023-11-16', tpp: 15800, io: 400, lr: false, policy: 'none', rules: NLR },
  {
    eccn: '3A090',
    to: 'CN',
    date: '2023-11-17',
    tpp: 15800,
    io: 400,
    lr: true,
    policy: 'presumption_of_denial',
    rules: [AC5],
  },
  // License Exception NAC from 2023-11-17, ACA from 2024-04-04, Data Center VEU from 2024-10-02
  {
    eccn: '3A090.a',
    to: 'CN',
    date: '2023-11-16',
    lr: true,
    policy: 'presumption_of_denial',
    rules: ['ac-china-2022'],
    notExceptions: ['NAC'],
  },
  {
    eccn: '3A090.a',
    to: 'CN',
    date: '2023-11-17',
    lr: true,
    policy: 'presumption_of_denial',
    rules: [AC5],
    exceptions: ['NAC'],
    notExceptions: ['ACA'],
  },
  {
    eccn: '3A090.a',
    to: 'VN',
    date: '2024-04-03',
    lr: true,
    policy: 'presumption_of_approval',
    rules: [ACD],
    exceptions: ['NAC'],
    notExceptions: ['ACA', 'VEU (Data Center)'],
  },
  {
    eccn: '3A090.a',
    to: 'VN',
    date: '2024-04-04',
    lr: true,
    policy: 'presumption_of_approval',
    rules: [ACD],
    exceptions: ['NAC', 'ACA'],
    notExceptions: ['VEU (Data Center)'],
  },
  {
    eccn: '3A090.a',
    to: 'VN',
    date: '2024-10-01',
    lr: true,
    policy: 'presumption_of_approval',
    rules: [ACD],
    notExceptions: ['VEU (Data Center)'],
  },
  {
    eccn: '3A090.a',
    to: 'VN',
    date: '2024-10-02',
    lr: true,
    policy: 'presumption_of_approval',
    rules: [ACD],
    exceptions: ['VEU (Data Center)'],
  },
  // the headquarters rule: 744.23(a)(3) from 2023-11-17; 742.6(a)(6)(iii)(A) for .a items from 2025-01-13
  { eccn: '3A090.a', to: 'DE', hq: 'CN', date: '2023-11-16', lr: false, policy: 'none', rules: NLR },
  {
    eccn: '3A090.a',
    to: 'DE',
    hq: 'CN',
    date: '2023-11-17',
    lr: true,
    policy: 'presumption_of_denial',
    rules: [ACHQ],
    exceptions: ['NAC'],
  },
  {
    eccn: '3A090.a',
    to: 'DE',
    hq: 'CN',
    date: '2025-01-12',
    lr: true,
    policy: 'presumption_of_denial',
    rules: [ACHQ],
    not: [ACHQA],
  },
  {
    eccn: '3A090.a',
    to: 'DE',
    hq: 'CN',
    date: '2025-01-13',
    lr: true,
    policy: 'presumption_of_denial',
    rules: [ACHQ, ACHQA],
  },
  { eccn: '3A090.b', to: 'DE', hq: 'CN', lr: true, policy: 'presumption_of_denial', rules: [ACHQ], not: [ACHQA] },
  { eccn: '3A090.a', to: 'US', hq: 'CN', lr: false, policy: 'none', rules: NLR },
  { eccn: '3A090.a', to: 'PR', parent: 'MO', lr: false, policy: 'none', rules: NLR },
  // China/Macau policy (FR Doc 2026-00789): exports to CN, HK, MO only — not reexports, not third countries
  {
    eccn: '3A090.a',
    to: 'CN',
    tpp: 15000,
    bw: 4800,
    transaction: 'reexport',
    lr: true,
    policy: 'presumption_of_denial',
    rules: [AC5],
    not: [CHINA],
  },
  {
    eccn: '3A090.a',
    to: 'HK',
    tpp: 15000,
    bw: 4800,
    transaction: 'export',
    lr: true,
    policy: 'case_by_case',
    rules: [CHINA],
  },
  {
    eccn: '3A090.a',
    to: 'SG',
    hq: 'CN',
    tpp: 15000,
    bw: 4800,
    lr: true,
    policy: 'presumption_of_denial',
    rules: [ACHQ],
    not: [CHINA],
  },
  // Syria: policy of denial until 2025-09-01; SPP for EAR99 and case by case for other items from 2025-09-02
  {
    eccn: 'EAR99',
    to: 'SY',
    date: '2025-09-01',
    lr: true,
    policy: 'policy_of_denial',
    rules: ['embargo-syria'],
    notExceptions: ['SPP'],
  },
  {
    eccn: 'EAR99',
    to: 'SY',
    date: '2025-09-02',
    lr: true,
    policy: 'case_by_case',
    rules: ['syria-2025'],
    exceptions: ['SPP'],
  },
  {
    eccn: '3A991',
    to: 'SY',
    date: '2025-09-01',
    lr: true,
    policy: 'policy_of_denial',
    rules: ['embargo-syria', 'anti-terrorism-e1'],
  },
  {
    eccn: '3A991',
    to: 'SY',
    date: '2025-09-02',
    lr: true,
    policy: 'case_by_case',
    rules: ['syria-2025', AT],
    notExceptions: ['SPP'],
  },
  // Iran: EAR99 needs OFAC authorization, not a BIS licence
  {
    eccn: 'EAR99',
    to: 'Iran',
    date: '2023-06-01',
    lr: true,
    policy: 'policy_of_denial',
    rules: ['ofac-iran'],
    agencies: ['OFAC'],
  },
  {
    eccn: '3A090.a',
    to: 'IR',
    lr: true,
    policy: 'policy_of_denial',
    rules: ['embargo-iran', 'ofac-iran'],
    agencies: ['BIS', 'OFAC'],
  },
  // Crimea and the covered regions of Ukraine (746.6), as destinations
  {
    eccn: '5A992.c',
    to: 'Crimea',
    lr: true,
    policy: 'policy_of_denial',
    rules: ['embargo-crimea', 'ofac-crimea'],
    agencies: ['BIS', 'OFAC'],
  },
  {
    eccn: 'EAR99',
    to: 'Sevastopol',
    lr: true,
    policy: 'policy_of_denial',
    rules: ['embargo-crimea', 'ofac-crimea'],
    agencies: ['BIS', 'OFAC'],
  },
  { eccn: '5A992.c', to: 'UA', lr: false, policy: 'none', rules: NLR },
  { eccn: '5A992.c', to: 'DNR', date: '2022-02-20', lr: false, policy: 'none', rules: NLR },
  {
    eccn: '5A992.c',
    to: 'DNR',
    date: '2022-02-21',
    lr: true,
    policy: 'policy_of_denial',
    rules: ['ofac-covered-regions-ukraine'],
    agencies: ['OFAC'],
  },
  {
    eccn: '5A992.c',
    to: 'LNR',
    date: '2022-02-24',
    lr: true,
    policy: 'policy_of_denial',
    rules: ['embargo-covered-regions-ukraine'],
    agencies: ['BIS', 'OFAC'],
  },
  // Russia (2022-02-24) and HBM (2024-12-02)
  { eccn: '5A992.c', to: 'RU', date: '2022-02-23', lr: false, policy: 'none', rules: NLR },
  { eccn: '5A992.c', to: 'RU', date: '2022-02-24', lr: true, policy: 'policy_of_denial', rules: ['sanctions-russia'] },
  {
    eccn: '3A090.c',
    to: 'CN',
    date: '2024-12-01',
    lr: true,
    policy: 'undetermined',
    rules: ['country-chart'],
    not: ['hbm-macau-d5'],
  },
  { eccn: '3A090.c', to: 'CN', date: '2024-12-02', lr: true, policy: 'presumption_of_denial', rules: ['hbm-macau-d5'] },
  // chips: a bare 3A090 below .a/.b is not .a/.b; 3A090.c needs a bandwidth density; Note 2
  { eccn: '3A090', to: 'CN', tpp: 1000, density: 1, lr: false, policy: 'none', rules: NLR, not: [AC5] },
  { eccn: '3A090', to: 'VN', tpp: 1000, density: 1, lr: false, policy: 'none', rules: NLR, not: [ACD] },
  { eccn: '3A090', to: 'CN', lr: true, policy: 'presumption_of_denial', rules: [AC5], not: ['hbm-macau-d5'] },
  {
    eccn: '3A090',
    to: 'CN',
    tpp: 1000,
    density: 1,
    bwd: 3.3,
    lr: true,
    policy: 'presumption_of_denial',
    rules: ['hbm-macau-d5'],
    not: [AC5],
  },
  { eccn: '3A090', to: 'VN', tpp: 2000, density: 6, datacenter: false, lr: false, policy: 'none', rules: NLR },
  {
    eccn: '3A090',
    to: 'VN',
    tpp: 2000,
    density: 6,
    datacenter: true,
    lr: true,
    policy: 'presumption_of_approval',
    rules: [ACD],
  },
];

const run = (c: Case) => {
  const input: DetermineInput = {
    eccn: c.eccn,
    destination: c.to,
    ...(c.hq ? { headquarters: c.hq } : {}),
    ...(c.parent ? { ultimateParentHeadquarters: c.parent } : {}),
    ...(c.tpp === undefined ? {} : { tpp: c.tpp }),
    ...(c.density === undefined ? {} : { performanceDensity: c.density }),
    ...(c.bw === undefined ? {} : { memoryBandwidthGBs: c.bw }),
    ...(c.bwd === undefined ? {} : { memoryBandwidthDensity: c.bwd }),
    ...(c.io === undefined ? {} : { ioBandwidthGBs: c.io }),
    ...(c.datacenter === undefined ? {} : { datacenter: c.datacenter }),
    ...(c.consignee === undefined ? {} : { consignee: c.consignee }),
    ...(c.transaction === undefined ? {} : { transaction: c.transaction }),
  };
  const switches = Object.fromEntries((c.switches ?? []).map((s) => [s, true]));
  const result = determine(input, c.date ?? D, { switches });
  assert.ok(result.ok, result.ok ? '' : result.error.message);
  return result.value;
};

describe('determine (table)', () => {
  it('has at least 80 cases', () => {
    assert.ok(CASES.length >= 80, `${CASES.length} cases`);
  });
  for (const c of [...CASES, ...DATED_CASES]) {
    const label = `${c.eccn} to ${c.to}${c.hq ? ` hq ${c.hq}` : ''}${c.parent ? ` parent ${c.parent}` : ''}${c.consignee ? ` consignee "${c.consignee}"` : ''}${c.transaction ? ` (${c.transaction})` : ''} on ${c.date ?? D}${c.tpp ? ` tpp ${c.tpp}` : ''}${c.density ? ` density ${c.density}` : ''}${c.io ? ` io ${c.io}` : ''}${c.bw ? ` bw ${c.bw}` : ''}${c.bwd ? ` bwd ${c.bwd}` : ''}${c.datacenter === undefined ? '' : ` datacenter ${c.datacenter}`}${c.switches ? ` [${c.switches}]` : ''}`;
    it(`gives ${c.lr ? 'licence required' : 'NLR'} (${c.policy}) for ${label}`, () => {
      const d = run(c);
      const ids = d.reasons.map((r) => r.ruleId);
      assert.equal(d.licenseRequired, c.lr, `licenseRequired; reasons: ${ids}`);
      assert.equal(d.reviewPolicy, c.policy, `reviewPolicy; reasons: ${ids}`);
      for (const rule of c.rules) assert.ok(ids.includes(rule), `expected ${rule} among ${ids}`);
      for (const rule of c.not ?? []) assert.ok(!ids.includes(rule), `did not expect ${rule} among ${ids}`);
      for (const x of c.exceptions ?? []) {
        assert.ok(
          d.possibleExceptions.some((e) => e.code === x),
          `expected exception ${x}`,
        );
      }
      for (const x of c.notExceptions ?? []) {
        assert.ok(!d.possibleExceptions.some((e) => e.code === x), `did not expect exception ${x}`);
      }
      if (c.agencies) assert.deepEqual(d.authorizations.map((a) => a.agency).sort(), c.agencies);
      for (const g of c.groups ?? []) {
        const group = g.slice(1);
        assert.equal(d.destinationGroups.includes(group), g.startsWith('+'), `group ${g}: ${d.destinationGroups}`);
      }
      if (c.status) assert.equal(d.status, c.status);
      if (c.exemption) {
        const [status, id] = c.exemption.split(':');
        assert.ok(
          d.exemptions.some((x) => x.status === status && x.id === id),
          `expected exemption ${c.exemption} among ${d.exemptions.map((x) => `${x.status}:${x.id}`)}`,
        );
      } else {
        assert.ok(!d.exemptions.some((x) => x.status === 'applies'), 'no exemption expected');
      }
      for (const reason of d.reasons) {
        assert.ok(reason.citation.section.length > 0 && reason.text.includes(reason.citation.section));
      }
    });
  }
});

describe('determine', () => {
  it('returns a trace entry for every rule, with its status', () => {
    const d = run({ eccn: '3A090.a', to: 'CN', lr: true, policy: 'presumption_of_denial', rules: [] });
    const statuses = new Map(d.trace.map((t) => [t.ruleId, t.status]));
    assert.equal(statuses.get(AC5), 'applied');
    assert.equal(statuses.get('ac-china-2022'), 'not-in-force');
    assert.equal(statuses.get('ai-diffusion-worldwide'), 'not-enforced');
    assert.equal(statuses.get('embargo-cuba'), 'not-applicable');
    assert.ok(d.trace.find((t) => t.ruleId === AC5)?.effect?.startsWith('licence required'));
  });

  it('names the rules version as the last rule change on or before the date', () => {
    assert.equal(
      run({ eccn: 'EAR99', to: 'DE', date: '2026-03-01', lr: false, policy: 'none', rules: [] }).rulesVersion,
      '2026-01-15',
    );
    assert.equal(
      run({ eccn: 'EAR99', to: 'DE', date: '2025-12-31', lr: false, policy: 'none', rules: [] }).rulesVersion,
      '2025-11-08',
    );
    assert.equal(
      run({ eccn: 'EAR99', to: 'DE', date: '2026-08-01', lr: false, policy: 'none', rules: [] }).rulesVersion,
      '2026-07-10',
    );
  });

  it('treats Hong Kong as China and says so', () => {
    const d = run({ eccn: '3A090.a', to: 'HK', lr: true, policy: 'presumption_of_denial', rules: [] });
    assert.equal(d.destination, 'HK');
    assert.ok(d.notes.some((n) => n.includes('governed by the EAR entries for CN')));
  });

  it('refines a bare 3A090 from TPP and density, with a note', () => {
    const d = run({ eccn: '3A090', to: 'SA', tpp: 5000, density: 3, lr: true, policy: 'none', rules: [] });
    assert.equal(d.eccn, '3A090.a');
    assert.ok(d.notes[0]?.includes('refined'));
  });

  it('fails with invalid_input on a bad ECCN, country or date', () => {
    for (const [input, date] of [
      [{ eccn: '3X090', destination: 'DE' }, D],
      [{ eccn: '3A090.a', destination: 'Atlantis' }, D],
      [{ eccn: '3A090.a', destination: 'DE', headquarters: 'Nowhere' }, D],
      [{ eccn: '3A090.a', destination: 'DE' }, '2026-02-30'],
      [{ eccn: '3A090.a', destination: 'DE', tpp: -1 }, D],
    ] as const) {
      const result = determine(input, date);
      assert.equal(result.ok, false);
      if (!result.ok) assert.equal(result.error.code, 'invalid_input');
    }
  });

  it('uses rules passed in instead of the project rules', () => {
    const result = determine({ eccn: '3A090.a', destination: 'CN' }, D, { rules: [] });
    assert.ok(result.ok);
    if (result.ok) assert.equal(result.value.licenseRequired, false);
  });
});
