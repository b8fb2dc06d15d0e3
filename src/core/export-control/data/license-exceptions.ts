import { EARLIEST_REFERENCE_DATE } from '../dated.ts';
import type { PossibleException } from '../rule.ts';

/**
 * Licence exceptions (15 CFR part 740, and the Data Center VEU of 748.15) the rules may name as possible.
 * Never granted by the engine. Each is dated: a rule names an exception only on dates it is in force.
 */
export const LICENSE_EXCEPTIONS = Object.freeze({
  NAC: Object.freeze({
    code: 'NAC',
    title: 'Notified Advanced Computing',
    section: '15 CFR 740.8',
    conditions:
      'only on the conditions of 740.8: advance notice to BIS before the export (BIS may object); not for 3A090.a items, or items containing them, designed or marketed for datacenters',
    effectiveFrom: '2023-11-17',
    document: '88 FR 73458 (Oct. 25, 2023)',
  }),
  ACA: Object.freeze({
    code: 'ACA',
    title: 'Advanced Computing Authorized',
    section: '15 CFR 740.8',
    conditions:
      'only on the conditions of 740.8 (destinations outside Macau and Country Group D:5, no notice); not for items designed or marketed for datacenters where 740.8 excludes them',
    effectiveFrom: '2024-04-04',
    document: '89 FR 23876 (Apr. 4, 2024)',
  }),
  VEU: Object.freeze({
    code: 'VEU (Data Center)',
    title: 'Data Center Validated End User authorization',
    section: '15 CFR 748.15',
    conditions: 'only for a data center BIS has validated under the Data Center VEU program',
    effectiveFrom: '2024-10-02',
    document: '89 FR 80080 (Oct. 2, 2024)',
  }),
  HBM: Object.freeze({
    code: 'HBM',
    title: 'High Bandwidth Memory',
    section: '15 CFR 740.25',
    conditions: 'only on the conditions of 740.25 for 3A090.c high-bandwidth memory',
    effectiveFrom: '2024-12-02',
    document: '89 FR 96790 (Dec. 5, 2024)',
  }),
  AIA: Object.freeze({
    code: 'AIA',
    title: 'Artificial Intelligence Authorization',
    section: '15 CFR 740.27',
    conditions: 'AI Diffusion rule exception; only where that rule is enforced and 740.27 conditions are met',
    effectiveFrom: '2025-01-13',
    document: '90 FR 4544 (Jan. 15, 2025)',
  }),
  ACM: Object.freeze({
    code: 'ACM',
    title: 'Advanced Compute Manufacturing',
    section: '15 CFR 740.28',
    conditions: 'AI Diffusion rule exception for development and production; only where that rule is enforced',
    effectiveFrom: '2025-01-13',
    document: '90 FR 4544 (Jan. 15, 2025)',
  }),
  LPP: Object.freeze({
    code: 'LPP',
    title: 'Low Processing Performance',
    section: '15 CFR 740.29',
    conditions:
      'AI Diffusion rule exception with aggregate TPP limits per destination; only where that rule is enforced',
    effectiveFrom: '2025-01-13',
    document: '90 FR 4544 (Jan. 15, 2025)',
  }),
  SPP: Object.freeze({
    code: 'SPP',
    title: 'Syria Peace and Prosperity',
    section: '15 CFR 740.5',
    conditions: 'only for EAR99 items, on the conditions of 740.5',
    effectiveFrom: '2025-09-02',
    document: '90 FR 42315',
  }),
  RUSSIA_BELARUS: Object.freeze({
    code: '746.8(c)',
    title: 'The limited licence exceptions available for Russia and Belarus',
    section: '15 CFR 746.8(c)',
    conditions: 'only the exceptions and conditions 746.8(c) lists',
    effectiveFrom: '2022-02-24',
    document: '87 FR 12226 (Mar. 3, 2022)',
  }),
  ENC: Object.freeze({
    code: 'ENC',
    title: 'Encryption commodities, software and technology',
    section: '15 CFR 740.17',
    conditions: 'classification or self-classification and, for some items, reporting; see 740.17 for eligibility',
    effectiveFrom: EARLIEST_REFERENCE_DATE,
  }),
} satisfies Record<string, PossibleException>);
