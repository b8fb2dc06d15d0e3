import type { Agency, Role } from '../../core/accounts/roles.ts';
import type { CompanyInput } from '../../core/consortium/company.schema.ts';
import type { ProposalContent } from '../../core/package/proposal.schema.ts';
import type { AffiliationRelationship } from '../../core/review/reviewer-profile.ts';

/** The password of every demo account; demo mode only, printed at first start. */
export const DEMO_PASSWORD = 'demo-password-2026';

export const DEMO_COMPANIES: (CompanyInput & { key: string })[] = [
  {
    key: 'atlas',
    kind: 'company',
    legalName: 'Atlas Compute Inc.',
    otherNames: ['Atlas Compute'],
    countryOfIncorporation: 'US',
    principalPlaceOfBusiness: 'US',
    identifiers: { uei: 'ATLASCMP0001' },
  },
  {
    key: 'meridian',
    kind: 'company',
    legalName: 'Meridian Models LLC',
    otherNames: [],
    countryOfIncorporation: 'US',
    principalPlaceOfBusiness: 'US',
    identifiers: {},
  },
  {
    key: 'sentinel',
    kind: 'company',
    legalName: 'Sentinel Cyber Corp.',
    otherNames: [],
    countryOfIncorporation: 'US',
    principalPlaceOfBusiness: 'US',
    identifiers: {},
  },
  {
    key: 'harvest',
    kind: 'company',
    legalName: 'Harvest Data Systems GmbH',
    otherNames: ['Harvest Data'],
    countryOfIncorporation: 'DE',
    principalPlaceOfBusiness: 'DE',
    identifiers: { lei: '5299000HARVEST000001' },
  },
  {
    key: 'gulf',
    kind: 'company',
    legalName: 'Gulf Digital Infrastructure PJSC',
    otherNames: [],
    countryOfIncorporation: 'AE',
    principalPlaceOfBusiness: 'AE',
    identifiers: {},
  },
  {
    key: 'lion',
    kind: 'company',
    legalName: 'Lion City Holdings Pte. Ltd.',
    otherNames: [],
    countryOfIncorporation: 'SG',
    principalPlaceOfBusiness: 'SG',
    identifiers: {},
  },
  {
    key: 'pearl',
    kind: 'company',
    legalName: 'Pearl River Capital Ltd.',
    otherNames: [],
    countryOfIncorporation: 'HK',
    principalPlaceOfBusiness: 'HK',
    identifiers: {},
  },
  {
    key: 'sahel',
    kind: 'company',
    legalName: 'Sahel AgriTech SARL',
    otherNames: [],
    countryOfIncorporation: 'SN',
    principalPlaceOfBusiness: 'SN',
    identifiers: {},
  },
  // the designation gate's blocked package: a member on the Entity List of the bundled CSL snapshot (2026-07-31)
  {
    key: 'wavetech',
    kind: 'company',
    legalName: 'Wave Tech Computers',
    otherNames: [],
    countryOfIncorporation: 'AE',
    principalPlaceOfBusiness: 'AE',
    identifiers: {},
  },
];

/**
 * An ownership chain: Pearl River (HK) → 40% Lion City (SG) → 70% Gulf Digital (AE): Lion City is owned below 50%,
 * so by the OFAC 50% rule none of its stake passes on (28% multiplied through): partly owned, below control.
 */
export const DEMO_OWNERSHIP: { owner: string; owned: string; sharePercent: number }[] = [
  { owner: 'pearl', owned: 'lion', sharePercent: 40 },
  { owner: 'lion', owned: 'gulf', sharePercent: 70 },
];

export const DEMO_USERS: {
  key: string;
  email: string;
  name: string;
  role: Role;
  agency: Agency | null;
  companies: string[];
}[] = [
  {
    key: 'applicant',
    email: 'applicant@demo.aiexports.local',
    name: 'Avery Applicant (Atlas Compute)',
    role: 'applicant',
    agency: null,
    companies: ['atlas'],
  },
  {
    key: 'applicant2',
    email: 'applicant2@demo.aiexports.local',
    name: 'Dana Datenmann (Harvest Data)',
    role: 'applicant',
    agency: null,
    companies: ['harvest'],
  },
  {
    key: 'program',
    email: 'program@demo.aiexports.local',
    name: 'Pat Program (ITA)',
    role: 'program_officer',
    agency: 'Commerce',
    companies: [],
  },
  {
    key: 'compliance',
    email: 'compliance@demo.aiexports.local',
    name: 'Casey Compliance (BIS)',
    role: 'compliance_officer',
    agency: 'Commerce',
    companies: [],
  },
  {
    key: 'reviewer',
    email: 'reviewer@demo.aiexports.local',
    name: 'Riley Reviewer (State)',
    role: 'reviewer',
    agency: 'State',
    companies: [],
  },
  {
    key: 'decision',
    email: 'decision@demo.aiexports.local',
    name: 'Drew Decision (Commerce)',
    role: 'decision_maker',
    agency: 'Commerce',
    companies: [],
  },
  {
    key: 'financing',
    email: 'financing@demo.aiexports.local',
    name: 'Frankie Financing (EXIM)',
    role: 'financing_officer',
    agency: null,
    companies: [],
  },
  {
    key: 'buyer',
    email: 'buyer@demo.aiexports.local',
    name: 'Bao Buyer (Ministry of ICT)',
    role: 'buyer',
    agency: null,
    companies: [],
  },
  {
    key: 'auditor',
    email: 'auditor@demo.aiexports.local',
    name: 'Ari Auditor (OIG)',
    role: 'auditor',
    agency: 'Commerce',
    companies: [],
  },
  { key: 'admin', email: 'admin@demo.aiexports.local', name: 'Sam Admin', role: 'admin', agency: null, companies: [] },
  // more reviewers, one per agency, so assignments can spread across agencies
  ...(
    [
      ['reviewer-commerce', 'Morgan Reyes (Commerce)', 'Commerce'],
      ['reviewer-war', 'Jordan Blake (War)', 'War'],
      ['reviewer-energy', 'Quinn Okafor (Energy)', 'Energy'],
      ['reviewer-ostp', 'Taylor Chen (OSTP)', 'OSTP'],
    ] as const
  ).map(([key, name, agency]) => ({
    key,
    email: `${key}@demo.aiexports.local`,
    name,
    role: 'reviewer' as const,
    agency,
    companies: [] as string[],
  })),
];

/**
 * Reviewer profiles of the demo reviewers: expertise tags (layers, sectors, countries/blocs), capacity and declared
 * affiliations. Quinn Okafor's financial interest in Gulf Digital Infrastructure is a conflict of interest with
 * the demo proposals that name it; Riley's past employment ended long before any window.
 */
export const DEMO_REVIEWER_PROFILES: Record<
  string,
  {
    expertise: string[];
    capacity: number;
    affiliations: {
      companyName: string;
      country: string | null;
      relationship: AffiliationRelationship;
      startDate: string;
      endDate: string | null;
    }[];
  }
> = {
  reviewer: {
    expertise: ['security', 'applications', 'healthcare', 'AE', 'GCC'],
    capacity: 6,
    affiliations: [
      {
        companyName: 'Northwind Semiconductor Inc.',
        country: 'US',
        relationship: 'employment',
        startDate: '2015-03-01',
        endDate: '2021-08-31',
      },
    ],
  },
  'reviewer-commerce': { expertise: ['hardware', 'dataPipelines', 'SG', 'ASEAN'], capacity: 5, affiliations: [] },
  'reviewer-war': { expertise: ['security', 'models', 'AE', 'SA'], capacity: 4, affiliations: [] },
  'reviewer-energy': {
    expertise: ['hardware', 'energy', 'agriculture', 'GCC', 'AE'],
    capacity: 5,
    affiliations: [
      {
        companyName: 'Gulf Digital Infrastructure PJSC',
        country: 'AE',
        relationship: 'financial_interest',
        startDate: '2022-01-01',
        endDate: null,
      },
    ],
  },
  'reviewer-ostp': {
    expertise: ['models', 'applications', 'education', 'healthcare', 'KE'],
    capacity: 6,
    affiliations: [],
  },
};

const fullStack = (
  title: string,
  targets: string[],
  sector: 'healthcare' | 'agriculture' | 'education',
): ProposalContent => ({
  title,
  summary: `A full-stack AI package for ${sector}: accelerated compute, data pipelines, models, security and applications.`,
  targets,
  layers: {
    hardware: [
      {
        category: 'server',
        product: 'Atlas H-8 GPU server',
        maker: 'Atlas Compute Inc.',
        eccn: '4A090.a',
        originCountry: 'US',
        valueUsd: 24_000_000,
        quantity: 64,
        usOriginSharePercent: 78,
        tpp: 4800 * 8,
        performanceDensity: 7.2,
      },
      {
        category: 'networking',
        product: 'Spine switch 800G',
        maker: 'Atlas Compute Inc.',
        eccn: '5A992.c',
        originCountry: 'US',
        valueUsd: 3_000_000,
        quantity: 16,
        usOriginSharePercent: 60,
      },
    ],
    dataPipelines: [
      {
        name: 'Clinical data labeling pipeline',
        provider: 'Harvest Data Systems GmbH',
        providerCountry: 'DE',
        description: 'De-identification and labeling.',
      },
    ],
    models: [
      {
        name: 'Meridian-70B',
        developer: 'Meridian Models LLC',
        developerCountry: 'US',
        weights: 'closed',
        trainingComputeOps: 3e24,
        description: 'Multilingual foundation model.',
      },
    ],
    security: [
      {
        name: 'Model-weight protection and SOC',
        provider: 'Sentinel Cyber Corp.',
        providerCountry: 'US',
        description: 'Confidential computing, 24/7 monitoring.',
      },
    ],
    applications: [
      {
        name: `${sector[0]!.toUpperCase()}${sector.slice(1)} assistant`,
        provider: 'Meridian Models LLC',
        providerCountry: 'US',
        sector,
        description: '',
      },
    ],
  },
  operatingModel: {
    builder: { name: 'Atlas Compute Inc.', country: 'US' },
    owner: { name: 'Gulf Digital Infrastructure PJSC', country: 'AE', headquartersCountry: 'AE' },
    operator: { name: 'Gulf Digital Infrastructure PJSC', country: 'AE', headquartersCountry: 'AE' },
    description: 'Built by Atlas, owned and operated by Gulf Digital under a 10-year agreement.',
  },
  endUsers: [],
  financing: [{ agency: 'EXIM', instrument: 'direct-loan', amountUsd: 20_000_000, tenorYears: 10 }],
  bci: ['financing', 'layers.hardware.*.valueUsd', 'operatingModel.description'],
});

export type DemoProposal = {
  consortium: keyof typeof DEMO_CONSORTIA;
  content: ProposalContent;
  /** the transitions to play after creation */
  steps: ('submit' | 'start_review' | 'designate' | 'return')[];
};

/**
 * The demo's call for proposals: the program's first call (Call for Proposals for Pre-Set Consortia, FR Doc
 * 2026-06952, April 10, 2026). The demo keeps it open for 180 days from the day the demo is seeded, so the demo
 * always has an open call; that closing time is the demo's, not the notice's.
 */
export const DEMO_CALL = {
  title: 'Call for Proposals for Pre-Set Consortia',
  reference: 'FR Doc 2026-06952',
  opensAt: '2026-04-10T00:00:00Z',
  openForDays: 180,
  regions: [],
  layers: [],
  rubricVersion: 1,
  reviewersPerProposal: 3,
  requiredAgencies: ['Commerce', 'State'],
  noticeUrl: 'https://www.federalregister.gov/d/2026-06952',
} as const;

export const DEMO_CONSORTIA = {
  c1: {
    name: 'Atlas Full-Stack AI Consortium',
    description: 'U.S. compute, models and security with European data partners.',
    anchor: 'atlas',
    members: ['meridian', 'sentinel', 'harvest', 'gulf'],
  },
  c2: {
    name: 'Harvest Agri-AI Alliance',
    description: 'AI for smallholder agriculture in West Africa.',
    anchor: 'harvest',
    members: ['sahel', 'meridian'],
  },
  c3: {
    name: 'Gulf Edge Compute Partners',
    description: 'Edge inference clusters for the Gulf, with a regional hardware integrator.',
    anchor: 'harvest',
    members: ['wavetech'],
  },
} as const;

export const DEMO_PROPOSALS: DemoProposal[] = [
  {
    consortium: 'c1',
    content: fullStack('Gulf Health AI Stack', ['AE', 'SA'], 'healthcare'),
    steps: ['submit', 'start_review', 'designate'],
  },
  {
    consortium: 'c1',
    content: fullStack('Classroom AI for Southeast Asia', ['VN', 'ID', 'PH'], 'education'),
    steps: ['submit', 'start_review'],
  },
  { consortium: 'c1', content: fullStack('Kenya Agriculture Intelligence', ['KE'], 'agriculture'), steps: ['submit'] },
  {
    consortium: 'c1',
    content: {
      ...fullStack('Draft: Latin America data centers', ['BR', 'MX'], 'education'),
      layers: { hardware: [], dataPipelines: [], models: [], security: [], applications: [] },
    },
    steps: [],
  },
  {
    consortium: 'c2',
    content: fullStack('Sahel Crop Advisory Package', ['SN', 'ML'], 'agriculture'),
    steps: ['submit', 'start_review', 'return'],
  },
  // under review and blocked by the designation gate: member Wave Tech Computers is on the Entity List
  {
    consortium: 'c3',
    content: fullStack('Gulf Edge Inference Clusters', ['AE'], 'education'),
    steps: ['submit', 'start_review'],
  },
];
