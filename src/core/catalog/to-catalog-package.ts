import type { Layers, ProposalContent } from '../package/proposal.schema.ts';
import { redactBci } from '../proposal/redact-bci.ts';
import { targetDelivery } from './delivery-outlook.ts';

/** What the public sees of a designated package: public fields only, never BCI, never the financing requested. */
export type CatalogPackage = {
  id: string;
  title: string;
  summary: string;
  consortiumName: string;
  designatedAt: string;
  version: number;
  targets: string[];
  sectors: string[];
  vendors: string[];
  layers: Layers;
  /** the target countries (blocs expanded) where the hardware ships without a licence, and where one is needed */
  delivery: { withoutLicense: string[]; licenseRequired: string[]; asOf: string };
};

const compact = <T>(items: (T | null)[]): T[] => items.filter((item): item is T => item !== null);

export const toCatalogPackage = (input: {
  id: string;
  consortiumName: string;
  designatedAt: Date;
  version: number;
  content: ProposalContent;
  /** the date whose export-control rules decide the delivery outlook (YYYY-MM-DD) */
  today: string;
}): CatalogPackage => {
  const redacted = redactBci(input.content, input.content.bci);
  const layers: Layers = {
    hardware: compact(redacted.layers?.hardware ?? []),
    dataPipelines: compact(redacted.layers?.dataPipelines ?? []),
    models: compact(redacted.layers?.models ?? []),
    security: compact(redacted.layers?.security ?? []),
    applications: compact(redacted.layers?.applications ?? []),
  };
  const vendors = [
    ...layers.hardware.map((i) => i.maker),
    ...layers.dataPipelines.map((i) => i.provider),
    ...layers.models.map((i) => i.developer),
    ...layers.security.map((i) => i.provider),
    ...layers.applications.map((i) => i.provider),
  ].filter((v): v is string => typeof v === 'string');
  return {
    id: input.id,
    // never falls back to a value marked confidential: a title so marked (only possible in data stored before
    // that was refused) is left empty, and the web shows a neutral label
    title: redacted.title ?? '',
    summary: redacted.summary ?? '',
    consortiumName: input.consortiumName,
    designatedAt: input.designatedAt.toISOString(),
    version: input.version,
    targets: redacted.targets ?? [],
    sectors: [...new Set(layers.applications.map((a) => a.sector).filter((s): s is ApplicationSector => !!s))].sort(),
    vendors: [...new Set(vendors)].sort(),
    layers,
    delivery: {
      ...targetDelivery({ hardware: layers.hardware, targets: redacted.targets ?? [], date: input.today }),
      asOf: input.today,
    },
  };
};

type ApplicationSector = ProposalContent['layers']['applications'][number]['sector'];

/** Whether a package matches the buyer's filters (country, sector, free text over title, summary and vendors). */
export const matchesCatalogFilter = (
  pkg: CatalogPackage,
  filter: { country?: string; sector?: string; text?: string },
): boolean => {
  if (filter.country && !pkg.targets.includes(filter.country.toUpperCase())) return false;
  if (filter.sector && !pkg.sectors.includes(filter.sector as ApplicationSector)) return false;
  if (filter.text) {
    const needle = filter.text.toLowerCase();
    const haystack = [pkg.title, pkg.summary, pkg.consortiumName, ...pkg.vendors].join(' ').toLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  return true;
};
