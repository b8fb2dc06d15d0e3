import { z } from 'zod';
import { CountryCodeSchema } from '../consortium/company.schema.ts';

const text = (max: number) => z.string().trim().max(max);
const name = z.string().trim().min(1, 'required').max(300);

/** Layer 1: hardware and infrastructure. One line item. */
export const HardwareItemSchema = z.object({
  category: z.enum(['chip', 'server', 'accelerator', 'storage', 'networking', 'cloud', 'other']),
  product: name,
  maker: name,
  eccn: z
    .string()
    .trim()
    .regex(/^(EAR99|\d[A-E]\d{3}(\.[a-z0-9]+)*)$/, 'an ECCN such as 3A090.a, 4A090, 5A992.c, or EAR99'),
  originCountry: CountryCodeSchema,
  valueUsd: z.number().min(0, 'cannot be negative'),
  quantity: z.number().int('a whole number').min(1, 'at least 1'),
  usOriginSharePercent: z.number().min(0).max(100, 'a percentage from 0 to 100'),
  /** Total Processing Performance, for chips and accelerators */
  tpp: z.number().min(0).optional(),
  /** TPP divided by die area in mm² */
  performanceDensity: z.number().min(0).optional(),
  /** DRAM bandwidth in GB/s */
  memoryBandwidthGBs: z.number().min(0).optional(),
});
export type HardwareItem = z.infer<typeof HardwareItemSchema>;

/** Layers 2 and 4: a data pipeline or labeling system, a security measure. */
export const ServiceItemSchema = z.object({
  name,
  provider: name,
  providerCountry: CountryCodeSchema,
  description: text(4000).default(''),
});

/** Layer 3: an AI model or system. */
export const ModelItemSchema = z.object({
  name,
  developer: name,
  developerCountry: CountryCodeSchema,
  weights: z.enum(['open', 'closed']),
  /** training compute in operations (e.g. 1e24) */
  trainingComputeOps: z.number().min(0).optional(),
  description: text(4000).default(''),
});

/** Layer 5: an application for a sector or function. */
export const ApplicationItemSchema = z.object({
  name,
  provider: name,
  providerCountry: CountryCodeSchema,
  sector: z.enum([
    'healthcare',
    'education',
    'agriculture',
    'transportation',
    'software-engineering',
    'energy',
    'finance',
    'public-sector',
    'manufacturing',
    'other',
  ]),
  description: text(4000).default(''),
});

export const LAYER_KEYS = ['hardware', 'dataPipelines', 'models', 'security', 'applications'] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];
export const LAYER_TITLES: Record<LayerKey, string> = {
  hardware: '1. Hardware and infrastructure',
  dataPipelines: '2. Data pipelines and labeling systems',
  models: '3. AI models and systems',
  security: '4. Security and cybersecurity measures',
  applications: '5. Applications',
};

export const LayersSchema = z.object({
  hardware: z.array(HardwareItemSchema).max(500).default([]),
  dataPipelines: z.array(ServiceItemSchema).max(200).default([]),
  models: z.array(ModelItemSchema).max(200).default([]),
  security: z.array(ServiceItemSchema).max(200).default([]),
  applications: z.array(ApplicationItemSchema).max(200).default([]),
});
export type Layers = z.infer<typeof LayersSchema>;

/** A named party of the operating model, an end user or a buyer: screened like members. */
export const PartySchema = z.object({
  name,
  country: CountryCodeSchema,
  /** set when the party is a registered company */
  companyId: z.string().optional(),
  /** where the party's headquarters are, and its ultimate parent's (export-control worldwide rule) */
  headquartersCountry: CountryCodeSchema.optional(),
  ultimateParentCountry: CountryCodeSchema.optional(),
});
export type Party = z.infer<typeof PartySchema>;

export const OperatingModelSchema = z.object({
  builder: PartySchema.optional(),
  owner: PartySchema.optional(),
  operator: PartySchema.optional(),
  description: text(4000).default(''),
});

export const FinancingRequestSchema = z.object({
  agency: z.enum(['EXIM', 'DFC', 'USTDA', 'SBA']),
  instrument: z.enum([
    'direct-loan',
    'loan-guarantee',
    'insurance',
    'equity',
    'political-risk-insurance',
    'feasibility-study',
    'technical-assistance',
    'other',
  ]),
  amountUsd: z.number().positive('must be above 0'),
  tenorYears: z.number().min(0).max(30).optional(),
});

/**
 * A target country (ISO 3166-1 alpha-2) or regional bloc (e.g. "EU", "GCC", "ASEAN", "AU").
 */
export const TargetSchema = z
  .string()
  .trim()
  .regex(/^([A-Z]{2}|[A-Z]{2,6})$/, 'an ISO 3166-1 alpha-2 country code or a bloc code such as GCC');

/** Fields that are always public, so may not be marked business confidential. */
export const PUBLIC_ONLY_FIELDS: readonly string[] = ['title'];

/** Everything an applicant edits: the content of one proposal version. */
export const ProposalContentSchema = z.object({
  title: z.string().trim().min(3, 'a title of at least 3 characters').max(200),
  summary: text(8000).default(''),
  targets: z.array(TargetSchema).max(60).default([]),
  layers: LayersSchema.default({ hardware: [], dataPipelines: [], models: [], security: [], applications: [] }),
  operatingModel: OperatingModelSchema.default({ description: '' }),
  endUsers: z.array(PartySchema).max(200).default([]),
  financing: z.array(FinancingRequestSchema).max(20).default([]),
  /**
   * Paths of fields marked business confidential information (BCI), e.g. "financing",
   * "layers.hardware.*.valueUsd", "operatingModel.owner". Shown only to the consortium and government roles.
   * The title is what the public catalog lists a package by: it may not be marked.
   */
  bci: z
    .array(
      z
        .string()
        .regex(/^[A-Za-z]+(\.([A-Za-z]+|\*|\d+))*$/, 'a dotted field path')
        .refine((path) => !PUBLIC_ONLY_FIELDS.includes(path), {
          message: 'the title is public (the catalog lists the package by it) and cannot be marked confidential',
        }),
    )
    .max(200)
    .default([]),
});
export type ProposalContent = z.infer<typeof ProposalContentSchema>;
