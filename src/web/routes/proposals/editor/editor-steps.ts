import type { ProposalContent } from '../../../api/types.ts';
import { LAYER_KEYS, LAYER_TITLES, type LayerKey } from '../content-model.ts';

export type Step = { key: string; label: string };

/** The editor's steps in order; their keys are those `stepOfPath` gives a content path. */
export const STEPS: Step[] = [
  { key: 'overview', label: 'Overview' },
  ...LAYER_KEYS.map((key) => ({ key, label: LAYER_TITLES[key].replace(/^\d\.\s*/, '') })),
  { key: 'operatingModel', label: 'Operating model' },
  { key: 'financing', label: 'Financing requested' },
  { key: 'review', label: 'Review and submit' },
];

export const isLayerStep = (step: string): step is LayerKey => LAYER_KEYS.includes(step as LayerKey);

export type CompletenessCheck = { ok: boolean; text: string };

/** What a complete proposal has: targets, and at least one item in every layer. */
export const completenessOf = (content: ProposalContent): CompletenessCheck[] => [
  { ok: content.targets.length > 0, text: 'At least one target country or bloc' },
  ...LAYER_KEYS.map((key) => ({
    ok: content.layers[key].length > 0,
    text: `${LAYER_TITLES[key]}: at least one item (${content.layers[key].length})`,
  })),
];
