import {
  type ApplicationItemSchema,
  type FinancingRequestSchema,
  type HardwareItemSchema,
  LAYER_KEYS,
  type LayerKey,
  type ModelItemSchema,
  type PartySchema,
  type ProposalContent,
  type ServiceItemSchema,
} from './proposal.schema.ts';

/**
 * Human labels for the field paths of a proposal's content (`layers.hardware.0.valueUsd` → "Hardware item 1 —
 * value (USD)"), for the version diff, the activity list, BCI marks and field errors. The tables are typed by
 * the content schema: a field added to the schema without a label does not compile, and the unit test walks
 * every path of the schema.
 */
type KeysOf<S extends { shape: object }> = keyof S['shape'] & string;
type Labels<S extends { shape: object }> = Record<KeysOf<S>, string>;

export const HARDWARE_LABELS: Labels<typeof HardwareItemSchema> = {
  category: 'Category',
  product: 'Product',
  maker: 'Maker',
  eccn: 'ECCN',
  originCountry: 'Country of origin',
  valueUsd: 'Value (USD)',
  quantity: 'Quantity',
  usOriginSharePercent: 'U.S.-origin share of value (%)',
  tpp: 'Total Processing Performance (TPP)',
  performanceDensity: 'Performance density',
  memoryBandwidthGBs: 'DRAM bandwidth (GB/s)',
};
const SERVICE_LABELS = (nameLabel: string): Labels<typeof ServiceItemSchema> => ({
  name: nameLabel,
  provider: 'Provider',
  providerCountry: 'Provider country',
  description: 'Description',
});
export const MODEL_LABELS: Labels<typeof ModelItemSchema> = {
  name: 'Model or system',
  developer: 'Developer',
  developerCountry: 'Developer country',
  weights: 'Weights',
  trainingComputeOps: 'Training compute (operations)',
  description: 'Description',
};
export const APPLICATION_LABELS: Labels<typeof ApplicationItemSchema> = {
  name: 'Application',
  provider: 'Provider',
  providerCountry: 'Provider country',
  sector: 'Sector',
  description: 'Description',
};
export const PARTY_LABELS: Labels<typeof PartySchema> = {
  name: 'Name',
  country: 'Country',
  companyId: 'Registered company',
  headquartersCountry: 'Headquarters country',
  ultimateParentCountry: 'Ultimate parent country',
};
export const FINANCING_LABELS: Labels<typeof FinancingRequestSchema> = {
  agency: 'Agency',
  instrument: 'Instrument',
  amountUsd: 'Amount (USD)',
  tenorYears: 'Tenor (years)',
};

export const LAYER_ITEM_FIELD_LABELS: Record<LayerKey, Record<string, string>> = {
  hardware: HARDWARE_LABELS,
  dataPipelines: SERVICE_LABELS('Pipeline or labeling system'),
  models: MODEL_LABELS,
  security: SERVICE_LABELS('Security measure'),
  applications: APPLICATION_LABELS,
};

/** The layer's list and one item of it, as people say them. */
export const LAYER_NAMES: Record<LayerKey, { list: string; item: string }> = {
  hardware: { list: 'Hardware and infrastructure', item: 'Hardware item' },
  dataPipelines: { list: 'Data pipelines and labeling systems', item: 'Data pipeline' },
  models: { list: 'AI models and systems', item: 'Model' },
  security: { list: 'Security measures', item: 'Security measure' },
  applications: { list: 'Applications', item: 'Application' },
};

const OPERATING_ROLE_NAMES = { builder: 'Builder', owner: 'Owner', operator: 'Operator' } as const;

export const TOP_LABELS: Record<keyof ProposalContent, string> = {
  title: 'Title',
  summary: 'Summary',
  targets: 'Target countries and regions',
  layers: 'Layers',
  operatingModel: 'Operating model',
  endUsers: 'End users',
  financing: 'Financing requested',
  bci: 'Confidential (BCI) marks',
};

/** "Value (USD)" after a dash reads "value (USD)"; acronyms and "U.S." keep their capitals. */
const inSentence = (label: string): string =>
  /^[A-Z][a-z]/.test(label) ? `${label[0]?.toLowerCase()}${label.slice(1)}` : label;

/** "1" for index "0"; "every" for the "*" of a BCI mark on all items. */
const ordinal = (index: string): string | null => {
  if (index === '*') return '*';
  return /^\d+$/.test(index) ? String(Number(index) + 1) : null;
};
const itemName = (noun: string, index: string): string | null => {
  const n = ordinal(index);
  if (n === null) return null;
  return n === '*' ? `Every ${inSentence(noun)}` : `${noun} ${n}`;
};
const withField = (head: string, labels: Record<string, string>, key: string | undefined, rest: string[]) => {
  if (key === undefined) return head;
  const label = labels[key];
  if (label === undefined || rest.length > 0) return null;
  return `${head} — ${inSentence(label)}`;
};

/**
 * The label of a dotted content path; null when the path is not one of the content schema (callers then show
 * the path as it is). Array indexes count from 1; `*` (a BCI mark on every item) reads "Every …".
 */
export const fieldLabelOrNull = (path: string): string | null => {
  const [first, ...rest] = path.split('.');
  switch (first) {
    case 'title':
    case 'summary':
      return rest.length === 0 ? TOP_LABELS[first] : null;
    case 'targets': {
      if (rest.length === 0) return TOP_LABELS.targets;
      const n = rest.length === 1 && rest[0] !== undefined ? ordinal(rest[0]) : null;
      return n === null ? null : n === '*' ? 'Every target' : `Target ${n}`;
    }
    case 'bci': {
      if (rest.length === 0) return TOP_LABELS.bci;
      const n = rest.length === 1 && rest[0] !== undefined ? ordinal(rest[0]) : null;
      return n === null ? null : n === '*' ? 'Every confidential mark' : `Confidential mark ${n}`;
    }
    case 'layers': {
      const [layer, index, key, ...more] = rest;
      if (layer === undefined) return TOP_LABELS.layers;
      if (!(LAYER_KEYS as readonly string[]).includes(layer)) return null;
      const names = LAYER_NAMES[layer as LayerKey];
      if (index === undefined) return names.list;
      const head = itemName(names.item, index);
      return head === null ? null : withField(head, LAYER_ITEM_FIELD_LABELS[layer as LayerKey], key, more);
    }
    case 'endUsers':
    case 'financing': {
      const [index, key, ...more] = rest;
      if (index === undefined) return TOP_LABELS[first];
      const head = itemName(first === 'endUsers' ? 'End user' : 'Financing request', index);
      if (head === null) return null;
      return withField(head, first === 'endUsers' ? PARTY_LABELS : FINANCING_LABELS, key, more);
    }
    case 'operatingModel': {
      const [part, key, ...more] = rest;
      if (part === undefined) return TOP_LABELS.operatingModel;
      if (part === 'description') return rest.length === 1 ? 'Operating model — description' : null;
      if (!(part in OPERATING_ROLE_NAMES)) return null;
      const role = OPERATING_ROLE_NAMES[part as keyof typeof OPERATING_ROLE_NAMES];
      return withField(`Operating model ${inSentence(role)}`, PARTY_LABELS, key, more);
    }
    default:
      return null;
  }
};

/** The label of a dotted content path, or the path itself when it is not one of the schema's. */
export const fieldLabel = (path: string): string => fieldLabelOrNull(path) ?? path;
