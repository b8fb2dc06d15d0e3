import { LAYER_KEYS, LAYER_TITLES } from '../../../core/package/proposal.schema.ts';
import type { AffiliationRelationship } from '../../../core/review/reviewer-profile.ts';
import { APPLICATION_SECTORS, RELATIONSHIP_WORDS } from '../../../core/review/reviewer-profile.ts';

export { APPLICATION_SECTORS, LAYER_KEYS, LAYER_TITLES, RELATIONSHIP_WORDS };

export const relationshipWords = (r: AffiliationRelationship): string => RELATIONSHIP_WORDS[r];

/** An expertise tag as a reader names it: a layer's title, a sector, or the code itself. */
export const tagWords = (tag: string): string =>
  (LAYER_KEYS as readonly string[]).includes(tag)
    ? LAYER_TITLES[tag as (typeof LAYER_KEYS)[number]]
    : tag.replaceAll('-', ' ');

export const CERTIFICATION_WORDS = {
  pending: 'Waiting for certification',
  certified: 'Certified: no conflict',
  recused: 'Recused',
} as const;
