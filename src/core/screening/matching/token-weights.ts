import type { MatchParams } from './match-params.ts';
import type { NameToken } from './tokens.ts';

/** The weight a token's kind gives it when no index says how rare it is. */
export const kindWeight = (token: NameToken, params: MatchParams): number => {
  switch (token.kind) {
    case 'legal':
      return params.legalFormWeight;
    case 'stop':
      return params.stopwordWeight;
    case 'initial':
      return params.initialWeight;
    case 'number':
      return params.numberWeight;
    default:
      return 1;
  }
};

/**
 * Weight of a distinctive token from its inverse document frequency, relative to a typical token:
 * rare tokens weigh more than common ones ("mohammad" < "makhlouf").
 */
export const idfWeight = (
  documentFrequency: number,
  totalNames: number,
  typicalIdf: number,
  params: MatchParams,
): number => {
  const idf = Math.log(1 + totalNames / (1 + documentFrequency));
  return Math.min(params.maxIdfWeight, Math.max(params.minIdfWeight, idf / typicalIdf));
};
