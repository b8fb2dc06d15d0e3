/** Field definitions and pure helpers of the proposal editor: paths, validation, BCI marks. */

import { fieldLabel } from '../../../core/package/field-labels.ts';
import {
  ApplicationItemSchema,
  FinancingRequestSchema,
  HardwareItemSchema,
  LAYER_KEYS,
  LAYER_TITLES,
  type LayerKey,
  ModelItemSchema,
  type ProposalContent,
  ProposalContentSchema,
} from '../../../core/package/proposal.schema.ts';

export { LAYER_KEYS, LAYER_TITLES, type LayerKey };

export type FieldDef = {
  key: string;
  label: string;
  kind: 'text' | 'number' | 'select' | 'textarea' | 'country';
  options?: readonly string[];
  hint?: string;
  optional?: boolean;
  /** column header in read-only tables */
  short?: string;
};

const humanize = (value: string) => value.replaceAll('-', ' ').replace(/^./, (c) => c.toUpperCase());
export const optionsOf = (values: readonly string[]) => values.map((value) => ({ value, label: humanize(value) }));

const serviceFields = (nameLabel: string): FieldDef[] => [
  { key: 'name', label: nameLabel, kind: 'text' },
  { key: 'provider', label: 'Provider', kind: 'text' },
  { key: 'providerCountry', label: 'Provider country', short: 'Country', kind: 'country' },
  { key: 'description', label: 'Description', kind: 'textarea', optional: true },
];

export const LAYER_FIELDS: Record<LayerKey, FieldDef[]> = {
  hardware: [
    {
      key: 'category',
      label: 'Category',
      kind: 'select',
      options: HardwareItemSchema.shape.category.options,
    },
    { key: 'product', label: 'Product', kind: 'text' },
    { key: 'maker', label: 'Maker', kind: 'text' },
    { key: 'eccn', label: 'ECCN', kind: 'text', hint: 'e.g. 3A090.a, 4A090, 5A992.c or EAR99' },
    { key: 'originCountry', label: 'Country of origin', short: 'Origin', kind: 'country' },
    { key: 'valueUsd', label: 'Value (USD)', short: 'Value', kind: 'number' },
    { key: 'quantity', label: 'Quantity', short: 'Qty', kind: 'number' },
    {
      key: 'usOriginSharePercent',
      label: 'U.S.-origin share of value (%)',
      short: 'U.S. share %',
      kind: 'number',
    },
    {
      key: 'tpp',
      label: 'Total Processing Performance (TPP)',
      short: 'TPP',
      kind: 'number',
      optional: true,
      hint: 'chips and accelerators',
    },
    {
      key: 'performanceDensity',
      label: 'Performance density',
      short: 'Perf. density',
      kind: 'number',
      optional: true,
      hint: 'TPP per mm² of die area',
    },
    { key: 'memoryBandwidthGBs', label: 'DRAM bandwidth (GB/s)', short: 'DRAM GB/s', kind: 'number', optional: true },
  ],
  dataPipelines: serviceFields('Pipeline or labeling system'),
  models: [
    { key: 'name', label: 'Model or system', kind: 'text' },
    { key: 'developer', label: 'Developer', kind: 'text' },
    { key: 'developerCountry', label: 'Developer country', short: 'Country', kind: 'country' },
    { key: 'weights', label: 'Weights', kind: 'select', options: ModelItemSchema.shape.weights.options },
    {
      key: 'trainingComputeOps',
      label: 'Training compute (operations)',
      short: 'Training ops',
      kind: 'number',
      optional: true,
      hint: 'e.g. 1e24',
    },
    { key: 'description', label: 'Description', kind: 'textarea', optional: true },
  ],
  security: serviceFields('Security measure'),
  applications: [
    { key: 'name', label: 'Application', kind: 'text' },
    { key: 'provider', label: 'Provider', kind: 'text' },
    { key: 'providerCountry', label: 'Provider country', short: 'Country', kind: 'country' },
    {
      key: 'sector',
      label: 'Sector',
      kind: 'select',
      options: ApplicationItemSchema.shape.sector.options,
    },
    { key: 'description', label: 'Description', kind: 'textarea', optional: true },
  ],
};

export const LAYER_ITEM_NOUN: Record<LayerKey, string> = {
  hardware: 'hardware item',
  dataPipelines: 'data pipeline',
  models: 'model',
  security: 'security measure',
  applications: 'application',
};

export const SECTORS = ApplicationItemSchema.shape.sector.options;

export const PARTY_FIELDS: FieldDef[] = [
  { key: 'name', label: 'Name', kind: 'text' },
  { key: 'country', label: 'Country', kind: 'country' },
  { key: 'headquartersCountry', label: 'Headquarters country', kind: 'country', optional: true },
  { key: 'ultimateParentCountry', label: 'Ultimate parent country', kind: 'country', optional: true },
];

export const FINANCING_FIELDS: FieldDef[] = [
  {
    key: 'agency',
    label: 'Agency',
    kind: 'select',
    options: FinancingRequestSchema.shape.agency.options,
  },
  {
    key: 'instrument',
    label: 'Instrument',
    kind: 'select',
    options: FinancingRequestSchema.shape.instrument.options,
  },
  { key: 'amountUsd', label: 'Amount (USD)', kind: 'number' },
  { key: 'tenorYears', label: 'Tenor (years)', kind: 'number', optional: true },
];

export const OPERATING_ROLES = [
  { key: 'builder', label: 'Builder', hint: 'who builds the data centers and infrastructure' },
  { key: 'owner', label: 'Owner', hint: 'who owns them' },
  { key: 'operator', label: 'Operator', hint: 'who operates them' },
] as const;

const emptyOf = (fields: FieldDef[]): Record<string, unknown> => {
  const item: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.optional) continue;
    // no prefilled choice: a select starts empty and must be chosen (a default once published a closed model as open)
    if (field.kind === 'select') item[field.key] = '';
    else if (field.kind === 'number') item[field.key] = undefined;
    else item[field.key] = '';
  }
  return item;
};
export const emptyLayerItem = (layer: LayerKey): Record<string, unknown> => {
  const item = emptyOf(LAYER_FIELDS[layer]);
  if (layer === 'hardware') item.quantity = 1;
  if ('description' in item || LAYER_FIELDS[layer].some((f) => f.key === 'description')) item.description = '';
  return item;
};
export const emptyParty = (): Record<string, unknown> => ({ name: '', country: '' });
export const emptyFinancing = (): Record<string, unknown> => emptyOf(FINANCING_FIELDS);

export const emptyContent = (title = ''): ProposalContent => ({
  title,
  summary: '',
  targets: [],
  layers: { hardware: [], dataPipelines: [], models: [], security: [], applications: [] },
  operatingModel: { description: '' },
  endUsers: [],
  financing: [],
  bci: [],
});

// ---------- paths ----------

const segments = (path: string): string[] => (path === '' ? [] : path.split('.'));

export const getIn = (value: unknown, path: string): unknown =>
  segments(path).reduce<unknown>((node, key) => {
    if (node === null || typeof node !== 'object') return undefined;
    return (node as Record<string, unknown>)[key];
  }, value);

/** An immutable update of a JSON value at a dotted path (array indexes are numbers in the path). */
export const setIn = <T>(value: T, path: string, next: unknown): T => {
  const [head, ...rest] = segments(path);
  if (head === undefined) return next as T;
  const restPath = rest.join('.');
  if (Array.isArray(value)) {
    const copy = [...value];
    copy[Number(head)] = setIn(copy[Number(head)], restPath, next);
    return copy as T;
  }
  const base = (value ?? {}) as Record<string, unknown>;
  return { ...base, [head]: setIn(base[head], restPath, next) } as T;
};

/**
 * Keeps marks and touched paths attached to the right item when item `index` of the list at `listPath`
 * is removed: paths inside it are dropped, paths in later items move up by one.
 */
export const reindexPaths = (paths: string[], listPath: string, index: number): string[] => {
  const prefix = `${listPath}.`;
  return paths.flatMap((path) => {
    if (!path.startsWith(prefix)) return [path];
    const [first, ...rest] = path.slice(prefix.length).split('.');
    const position = Number(first);
    if (!Number.isInteger(position)) return [path];
    if (position === index) return [];
    if (position < index) return [path];
    return [[listPath, String(position - 1), ...rest].join('.')];
  });
};

// ---------- normalizing and validating ----------

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** Drops empty optional parts (an operating-model party left blank, optional numbers left empty). */
export const normalizeContent = (content: ProposalContent): ProposalContent => {
  const operatingModel: Record<string, unknown> = { description: content.operatingModel?.description ?? '' };
  for (const { key } of OPERATING_ROLES) {
    const party = content.operatingModel?.[key] as Record<string, unknown> | undefined;
    if (party && PARTY_FIELDS.some((field) => !isBlank(party[field.key]))) operatingModel[key] = stripBlank(party);
  }
  return {
    ...content,
    targets: content.targets.map((target) => target.trim().toUpperCase()).filter(Boolean),
    operatingModel: operatingModel as ProposalContent['operatingModel'],
    endUsers: content.endUsers.map((party) => stripBlank(party) as (typeof content.endUsers)[number]),
    financing: content.financing.map((request) => stripBlank(request) as (typeof content.financing)[number]),
    layers: {
      hardware: content.layers.hardware.map((item) => stripOptional(item, LAYER_FIELDS.hardware)),
      dataPipelines: content.layers.dataPipelines,
      models: content.layers.models.map((item) => stripOptional(item, LAYER_FIELDS.models)),
      security: content.layers.security,
      applications: content.layers.applications,
    },
  };
};

const stripBlank = (record: object): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(record).filter(([key, value]) => key === 'name' || key === 'country' || !isBlank(value)),
  );
const stripOptional = <T extends object>(item: T, fields: FieldDef[]): T => {
  const optional = new Set(fields.filter((field) => field.optional && field.kind !== 'textarea').map((f) => f.key));
  return Object.fromEntries(Object.entries(item).filter(([key, value]) => !(optional.has(key) && isBlank(value)))) as T;
};

/** Validates with the core schema; field errors keyed by dotted path. */
export const validateContent = (content: ProposalContent): Record<string, string> => {
  const result = ProposalContentSchema.safeParse(normalizeContent(content), {
    error: (issue) => {
      if (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === '')) return 'required';
      if (issue.code === 'invalid_type' && issue.expected === 'number') return 'a number';
      if (issue.code === 'invalid_value' && (issue.input === undefined || issue.input === '')) return 'select one';
      return undefined;
    },
  });
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in errors)) errors[path] = issue.message;
  }
  return errors;
};

/** A human label for a dotted path, e.g. "Hardware item 1 — ECCN" (core/package/field-labels.ts). */
export const labelForPath = fieldLabel;

/** The editor step that holds a path. */
export const stepOfPath = (path: string): string => {
  const [first, second] = segments(path);
  if (first === 'layers' && second) return second;
  if (first === 'operatingModel' || first === 'endUsers') return 'operatingModel';
  if (first === 'financing') return 'financing';
  return 'overview';
};
