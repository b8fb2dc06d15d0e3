import type { PossibleException } from '../rule.ts';

/** Licence exceptions (15 CFR part 740) the rules may name as possible. Never granted by the engine. */
export const LICENSE_EXCEPTIONS = Object.freeze({
  NAC_ACA: Object.freeze({
    code: 'NAC/ACA',
    title: 'Notified Advanced Computing / Advanced Computing Authorized',
    section: '15 CFR 740.8',
    conditions:
      'only on the conditions of 740.8 (among them prior notice to BIS for Macau and Country Group D:5, and limits for items designed or marketed for datacenters); BIS may object',
  }),
  VEU: Object.freeze({
    code: 'VEU (Data Center)',
    title: 'Data Center Validated End User authorization',
    section: '15 CFR 748.15',
    conditions:
      'only for a data center BIS has validated (Data Center VEU program, FR Doc 2024-22587, from Oct 2, 2024)',
  }),
  HBM: Object.freeze({
    code: 'HBM',
    title: 'High Bandwidth Memory',
    section: '15 CFR 740.25',
    conditions: 'only on the conditions of 740.25 for 3A090.c high-bandwidth memory',
  }),
  AIA: Object.freeze({
    code: 'AIA',
    title: 'Artificial Intelligence Authorization',
    section: '15 CFR 740.27',
    conditions: 'AI Diffusion rule exception; only where that rule is enforced and 740.27 conditions are met',
  }),
  ACM: Object.freeze({
    code: 'ACM',
    title: 'Advanced Compute Manufacturing',
    section: '15 CFR 740.28',
    conditions: 'AI Diffusion rule exception for development and production; only where that rule is enforced',
  }),
  LPP: Object.freeze({
    code: 'LPP',
    title: 'Low Processing Performance',
    section: '15 CFR 740.29',
    conditions:
      'AI Diffusion rule exception with aggregate TPP limits per destination; only where that rule is enforced',
  }),
  SPP: Object.freeze({
    code: 'SPP',
    title: 'Syria Peace and Prosperity',
    section: '15 CFR 740.5',
    conditions: 'only on the conditions of 740.5',
  }),
  RUSSIA_BELARUS: Object.freeze({
    code: '746.8(c)',
    title: 'The limited licence exceptions available for Russia and Belarus',
    section: '15 CFR 746.8(c)',
    conditions: 'only the exceptions and conditions 746.8(c) lists',
  }),
  ENC: Object.freeze({
    code: 'ENC',
    title: 'Encryption commodities, software and technology',
    section: '15 CFR 740.17',
    conditions: 'classification or self-classification and, for some items, reporting; see 740.17 for eligibility',
  }),
} satisfies Record<string, PossibleException>);
