// Rules-engine benchmark: determinations per second (a fixed mix, and 10,000 random cases that must never
// throw), and checkProposal on a 200-item × 20-target proposal.
// Usage: npm run bench:rules
import { performance } from 'node:perf_hooks';
import { checkProposal } from '../../src/core/eligibility/check-proposal.ts';
import { DEFAULT_PROGRAM_SETTINGS } from '../../src/core/eligibility/program-settings.ts';
import { determine } from '../../src/core/export-control/determine.ts';
import { ProposalContentSchema } from '../../src/core/package/proposal.schema.ts';
import { randomCases } from './random-cases.ts';

const ECCNS = [
  '3A090.a',
  '3A090.b',
  '3A090.c',
  '4A090.a',
  '5A992.c',
  '5A002.a',
  '4A003.z.1.a',
  'EAR99',
  '3A001.z.1.b',
  '5D992.z.2',
];
const TARGETS = [
  'DE',
  'JP',
  'IN',
  'SA',
  'AE',
  'VN',
  'CN',
  'MO',
  'HK',
  'BR',
  'KE',
  'RU',
  'IL',
  'SG',
  'MX',
  'EG',
  'KZ',
  'ID',
  'TR',
  'GB',
];
const DATES = ['2023-06-01', '2025-06-01', '2026-03-01', '2026-11-28'];

const time = (fn: () => void): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

// 1. determinations per second (a mix of items, destinations, headquarters and dates)
const inputs = Array.from({ length: 20_000 }, (_, i) => ({
  eccn: ECCNS[i % ECCNS.length] ?? 'EAR99',
  destination: TARGETS[(i * 7) % TARGETS.length] ?? 'DE',
  ...(i % 5 === 0 ? { headquarters: i % 10 === 0 ? 'CN' : 'US' } : {}),
  tpp: 1000 + ((i * 37) % 30000),
  memoryBandwidthGBs: 1000 + ((i * 53) % 9000),
  date: DATES[i % DATES.length] ?? '2026-03-01',
}));
for (const { date, ...input } of inputs.slice(0, 500)) determine(input, date); // warm-up
const determineMs = time(() => {
  for (const { date, ...input } of inputs) {
    const result = determine(input, date);
    if (!result.ok) throw new Error(result.error.message);
  }
});

// 2. 10,000 random cases: every country and region, dates 2019–2028, consignees, chip figures, bad input.
// The property: no case throws (bad input is an error value, never an exception).
const random = randomCases(10_000);
let thrown = 0;
let invalid = 0;
let undetermined = 0;
let firstThrow = '';
const randomMs = time(() => {
  for (const { input, date } of random) {
    try {
      const result = determine(input, date);
      if (!result.ok) invalid += 1;
      else if (result.value.status === 'undetermined') undetermined += 1;
    } catch (error) {
      thrown += 1;
      if (!firstThrow) firstThrow = `${JSON.stringify({ input, date })}: ${(error as Error).message}`;
    }
  }
});

// 3. checkProposal: 200 hardware items × 20 targets
const content = ProposalContentSchema.parse({
  title: 'Benchmark package',
  targets: TARGETS,
  layers: {
    hardware: Array.from({ length: 200 }, (_, i) => ({
      category: 'chip',
      product: `Item ${i}`,
      maker: 'Maker',
      eccn: ECCNS[i % ECCNS.length],
      originCountry: 'US',
      valueUsd: 1000 + i,
      quantity: 1 + (i % 10),
      usOriginSharePercent: (i * 13) % 101,
      tpp: 1000 + ((i * 311) % 30000),
      performanceDensity: (i % 40) + 0.5,
      memoryBandwidthGBs: 1000 + ((i * 97) % 9000),
    })),
    dataPipelines: [{ name: 'P', provider: 'P', providerCountry: 'DE' }],
    models: [{ name: 'M', developer: 'D', developerCountry: 'US', weights: 'open' }],
    security: [{ name: 'S', provider: 'S', providerCountry: 'JP' }],
    applications: [{ name: 'A', provider: 'A', providerCountry: 'US', sector: 'other' }],
  },
  operatingModel: { operator: { name: 'Op', country: 'SG', headquartersCountry: 'SG', ultimateParentCountry: 'US' } },
});
const companies = Array.from({ length: 50 }, (_, i) => ({
  id: `c${i}`,
  kind: 'company' as const,
  legalName: `Company ${i}`,
  otherNames: [],
  countryOfIncorporation: i % 10 === 9 ? 'CN' : 'US',
  principalPlaceOfBusiness: i % 10 === 9 ? 'CN' : 'US',
  identifiers: {},
}));
const ownership = Array.from({ length: 120 }, (_, i) => ({
  ownerId: `c${(i * 7 + 3) % 50}`,
  ownedId: `c${i % 50}`,
  sharePercent: 5 + (i % 40),
})).filter((e) => e.ownerId !== e.ownedId);
const input = {
  content,
  companies,
  members: companies
    .slice(0, 10)
    .map((c, i) => ({ companyId: c.id, role: i === 0 ? ('anchor' as const) : ('member' as const) })),
  ownership,
  settings: DEFAULT_PROGRAM_SETTINGS,
  asOf: '2026-11-28',
};
checkProposal(input); // warm-up
const runs = 5;
let findings = 0;
const checkMs =
  time(() => {
    for (let i = 0; i < runs; i += 1) {
      const result = checkProposal(input);
      if (!result.ok) throw new Error(result.error.message);
      findings = result.value.findings.length;
    }
  }) / runs;

const out = [
  `determine: ${inputs.length} determinations in ${determineMs.toFixed(0)} ms = ${Math.round((inputs.length / determineMs) * 1000).toLocaleString('en-US')} determinations/s`,
  `determine, random: ${random.length.toLocaleString('en-US')} random cases in ${randomMs.toFixed(0)} ms = ${Math.round((random.length / randomMs) * 1000).toLocaleString('en-US')} determinations/s; ${thrown} threw, ${invalid} invalid input (error values), ${undetermined} undetermined`,
  `checkProposal: 200 hardware items × ${TARGETS.length} targets (4,000 pairs), 50 companies, ${ownership.length} ownership edges: ${checkMs.toFixed(1)} ms per check (mean of ${runs}), ${findings} findings`,
];
process.stdout.write(`${out.join('\n')}\n`);
if (thrown > 0) {
  process.stderr.write(`property violated: ${thrown} case(s) threw; first: ${firstThrow}\n`);
  process.exitCode = 1;
}
