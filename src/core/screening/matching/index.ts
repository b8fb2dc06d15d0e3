/** Name matching for denied-party screening: normalize → tokens → candidates (index) → score → explain. */
import type { EntityType } from '../lists/list-entry.ts';
import { DEFAULT_MATCH_PARAMS } from './match-params.ts';
import { scoreNamePair } from './score-names.ts';
import type { NameScore } from './types.ts';

export {
  buildDeltaIndex,
  deltaRescreen,
  type PartyHits,
  rescreenBatch,
  type StoredParty,
} from './delta-rescreen.ts';
export { DEFAULT_MATCH_PARAMS, type MatchParams } from './match-params.ts';
export { normalizeName } from './normalize.ts';
export { entityTypeOf } from './schema.ts';
export { type ScreenOptions, screenName } from './screen-name.ts';
export { buildScreeningIndex, type ScreeningIndex, screeningIndexSteps } from './screening-index.ts';
export type { NameScore, ScreeningHit, ScreeningQuery, TokenMatch } from './types.ts';

/** Scores two names with the default parameters: score 0..1 and a one-line explanation. */
export const scoreNames = (a: string, b: string, schema?: EntityType): Pick<NameScore, 'score' | 'explanation'> => {
  const { score, explanation } = scoreNamePair(a, b, schema ?? 'unknown', DEFAULT_MATCH_PARAMS);
  return { score, explanation };
};

export { scoreNamePair };
