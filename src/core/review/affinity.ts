import { BLOCS, expandTargets } from '../eligibility/targets.ts';
import { countryByCode, resolveCountry } from '../kernel/countries.ts';
import {
  ApplicationItemSchema,
  LAYER_KEYS,
  LAYER_TITLES,
  type LayerKey,
  type ProposalContent,
} from '../package/proposal.schema.ts';

/** Application sectors (layer 5), as the proposal schema names them. */
export const SECTORS: readonly string[] = ApplicationItemSchema.shape.sector.options;

/**
 * What one expertise tag means: a layer key (`hardware`, `dataPipelines`, `models`, `security`,
 * `applications`), an application sector (`healthcare`, `energy`, …), a region (`EU`, `GCC`, `ASEAN`) or a
 * country (an ISO 3166-1 code such as `DE`, or a name such as `Germany`). Anything else is `unknown` and
 * scores nothing.
 */
export type ExpertiseTag =
  | { kind: 'layer'; layer: LayerKey }
  | { kind: 'sector'; sector: string }
  | { kind: 'region'; region: string; countries: readonly string[] }
  | { kind: 'country'; country: string }
  | { kind: 'unknown'; text: string };

export const parseExpertiseTag = (tag: string): ExpertiseTag => {
  const text = tag.trim();
  const lower = text.toLowerCase();
  const layer = LAYER_KEYS.find((key) => key.toLowerCase() === lower);
  if (layer) return { kind: 'layer', layer };
  const sector = SECTORS.find((s) => s === lower);
  if (sector) return { kind: 'sector', sector };
  const region = Object.keys(BLOCS).find((code) => code.toLowerCase() === lower);
  if (region) return { kind: 'region', region, countries: BLOCS[region] ?? [] };
  const country = resolveCountry(text);
  if (country.ok) return { kind: 'country', country: country.value.code };
  return { kind: 'unknown', text };
};

/** What of a proposal affinity looks at: its layers that have items, its application sectors, its targets. */
export type ProposalProfile = { layers: readonly LayerKey[]; sectors: readonly string[]; targets: readonly string[] };

/** The profile of a proposal's content (layers with at least one item, sectors of its applications, targets). */
export const proposalProfile = (content: Pick<ProposalContent, 'layers' | 'targets'>): ProposalProfile => ({
  layers: LAYER_KEYS.filter((key) => content.layers[key].length > 0),
  sectors: [...new Set(content.layers.applications.map((a) => a.sector))].sort(),
  targets: content.targets,
});

/** Weights of the three dimensions; a dimension the proposal leaves empty passes its weight to the others. */
export const AFFINITY_WEIGHTS = { layers: 0.5, sectors: 0.25, countries: 0.25 } as const;

export type AffinityTerm = { tag: string; weight: number; why: string };

/** A pair's affinity in 0..1 with the terms that make it up (their weights add up to the score). */
export type AffinityExplanation = { score: number; source: 'tags' | 'given'; terms: AffinityTerm[] };

const round = (value: number): number => Math.round(value * 1e4) / 1e4;

const countryName = (code: string): string => countryByCode(code)?.name ?? code;

/**
 * Affinity of a reviewer's expertise tags to a proposal, explained term by term. Each dimension the proposal
 * has (layers, sectors, target countries) carries its weight (0.5, 0.25, 0.25, renormalised over the
 * dimensions present), shared equally among the proposal's layers, sectors or countries; a reviewer's tag
 * earns the share of each one it covers (a region tag covers its member countries, and a bloc target such as
 * `EU` counts as its member countries). The score is the sum of the terms, 0..1. A score given directly
 * (`given`, e.g. by the program officer) overrides the tags and is returned as the one term.
 */
export const computeAffinity = (input: {
  expertise: readonly string[];
  proposal: ProposalProfile;
  given?: number;
}): AffinityExplanation => {
  if (input.given !== undefined)
    return {
      score: input.given,
      source: 'given',
      terms: [{ tag: '(given)', weight: input.given, why: 'score given directly; expertise tags not used' }],
    };
  const tags = input.expertise.map((text) => ({ text: text.trim(), parsed: parseExpertiseTag(text) }));
  const countries = expandTargets(input.proposal.targets).countries;
  const dimensions = [
    { key: 'layers' as const, size: input.proposal.layers.length },
    { key: 'sectors' as const, size: input.proposal.sectors.length },
    { key: 'countries' as const, size: countries.length },
  ].filter((d) => d.size > 0);
  const totalWeight = dimensions.reduce((sum, d) => sum + AFFINITY_WEIGHTS[d.key], 0);
  const share = (key: keyof typeof AFFINITY_WEIGHTS, size: number): number =>
    totalWeight === 0 || size === 0 ? 0 : AFFINITY_WEIGHTS[key] / totalWeight / size;

  const terms: AffinityTerm[] = [];
  const layerShare = share('layers', input.proposal.layers.length);
  for (const layer of input.proposal.layers) {
    const tag = tags.find((t) => t.parsed.kind === 'layer' && t.parsed.layer === layer);
    if (tag)
      terms.push({
        tag: tag.text,
        weight: layerShare,
        why: `the proposal has layer ${LAYER_TITLES[layer]} (1 of its ${input.proposal.layers.length} layers)`,
      });
  }
  const sectorShare = share('sectors', input.proposal.sectors.length);
  for (const sector of input.proposal.sectors) {
    const tag = tags.find((t) => t.parsed.kind === 'sector' && t.parsed.sector === sector);
    if (tag)
      terms.push({
        tag: tag.text,
        weight: sectorShare,
        why: `the proposal has an application in ${sector} (1 of its ${input.proposal.sectors.length} sectors)`,
      });
  }
  const countryShare = share('countries', countries.length);
  const byCountryTag = new Map<string, string[]>();
  const byRegionTag = new Map<string, string[]>();
  for (const country of countries) {
    const direct = tags.find((t) => t.parsed.kind === 'country' && t.parsed.country === country);
    if (direct) {
      byCountryTag.set(direct.text, [...(byCountryTag.get(direct.text) ?? []), country]);
      continue;
    }
    const region = tags.find((t) => t.parsed.kind === 'region' && t.parsed.countries.includes(country));
    if (region) byRegionTag.set(region.text, [...(byRegionTag.get(region.text) ?? []), country]);
  }
  const of = `of its ${countries.length} target ${countries.length === 1 ? 'country' : 'countries'}`;
  for (const [tag, covered] of byCountryTag)
    terms.push({
      tag,
      weight: countryShare * covered.length,
      why: `the proposal targets ${countryName(covered[0] ?? '')} (1 ${of})`,
    });
  for (const [tag, covered] of byRegionTag)
    terms.push({
      tag,
      weight: countryShare * covered.length,
      why: `the proposal targets ${covered.length} ${of} in ${tag}: ${covered.map(countryName).join(', ')}`,
    });
  const rounded = terms.map((t) => ({ ...t, weight: round(t.weight) }));
  const score = Math.min(1, round(terms.reduce((sum, t) => sum + t.weight, 0)));
  return { score, source: 'tags', terms: rounded };
};
