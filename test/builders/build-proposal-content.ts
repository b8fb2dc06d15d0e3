import type { ProposalContent } from '../../src/core/package/proposal.schema.ts';

/** A valid proposal with one item in each of the five layers; override any part. */
export const buildProposalContent = (overrides: Partial<ProposalContent> = {}): ProposalContent => ({
  title: 'Test AI Stack',
  summary: 'Compute, data, models, security and applications for a partner country.',
  targets: ['AE'],
  layers: {
    hardware: [
      {
        category: 'chip',
        product: 'Accelerator X1',
        maker: 'Atlas Compute Inc.',
        eccn: '3A090.a',
        originCountry: 'US',
        valueUsd: 1_000_000,
        quantity: 100,
        usOriginSharePercent: 80,
        tpp: 5000,
        performanceDensity: 6,
      },
    ],
    dataPipelines: [
      { name: 'Labeling', provider: 'Harvest Data Systems GmbH', providerCountry: 'DE', description: '' },
    ],
    models: [
      { name: 'Model M', developer: 'Meridian Models LLC', developerCountry: 'US', weights: 'closed', description: '' },
    ],
    security: [{ name: 'SOC', provider: 'Sentinel Cyber Corp.', providerCountry: 'US', description: '' }],
    applications: [
      {
        name: 'Clinic assistant',
        provider: 'Meridian Models LLC',
        providerCountry: 'US',
        sector: 'healthcare',
        description: '',
      },
    ],
  },
  operatingModel: { description: 'Operated by the buyer.' },
  endUsers: [],
  financing: [{ agency: 'EXIM', instrument: 'loan-guarantee', amountUsd: 5_000_000, tenorYears: 7 }],
  bci: [],
  ...overrides,
});
