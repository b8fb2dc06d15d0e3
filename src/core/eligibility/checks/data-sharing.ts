import { countryByCode } from '../../kernel/countries.ts';
import type { Check } from '../check-context.ts';
import type { Finding } from '../finding.ts';
import { citationOfProgramRule, PROGRAM_RULES } from '../program-rules.ts';

/** Providers of layers 2–5 must not be based in a jurisdiction whose laws can compel data sharing. */
export const checkDataSharing: Check = ({ content, settings, rulesVersion }) => {
  const { layers } = content;
  const providers = [
    ...layers.dataPipelines.map((i, n) => ({
      path: `content.layers.dataPipelines.${n}`,
      name: i.provider,
      what: i.name,
      country: i.providerCountry,
    })),
    ...layers.models.map((i, n) => ({
      path: `content.layers.models.${n}`,
      name: i.developer,
      what: i.name,
      country: i.developerCountry,
    })),
    ...layers.security.map((i, n) => ({
      path: `content.layers.security.${n}`,
      name: i.provider,
      what: i.name,
      country: i.providerCountry,
    })),
    ...layers.applications.map((i, n) => ({
      path: `content.layers.applications.${n}`,
      name: i.provider,
      what: i.name,
      country: i.providerCountry,
    })),
  ];
  const findings: Finding[] = [];
  for (const p of providers) {
    if (!settings.dataSharingJurisdictions.includes(p.country)) continue;
    findings.push({
      code: 'provider_in_data_sharing_jurisdiction',
      severity: 'blocker',
      title: `${p.name} is based in ${countryByCode(p.country)?.name ?? p.country}`,
      explanation: `${p.name}, provider of "${p.what}", is based in ${countryByCode(p.country)?.name ?? p.country}, a jurisdiction whose laws can compel providers to share data with its government (program list: ${settings.dataSharingJurisdictions.join(', ')}).`,
      citations: [citationOfProgramRule(PROGRAM_RULES.dataSharing)],
      rulesVersion,
      subject: { path: p.path, label: p.what },
    });
  }
  return findings;
};
