import type { RuleEvaluator } from '../rule.ts';
import { describeMatch } from './describe-match.ts';

/** Licence required to every destination except those the rule lists. */
export const evaluateWorldwide: RuleEvaluator<'worldwide'> = (rule, facts) => {
  const p = rule.params;
  const inputs = { eccn: facts.eccn, destination: facts.destination.code };
  const item = describeMatch(facts.eccn, p.eccns, facts.excludedPatterns);
  if (!item.matched) return { applies: false, detail: item.words, inputs };
  if (p.exceptDestinations.includes(facts.destination.governedBy)) {
    return { applies: false, detail: `${facts.destination.code} is excepted from this requirement`, inputs };
  }
  return {
    applies: true,
    detail: `${item.words}; required for every destination${p.exceptDestinations.length ? ` except ${p.exceptDestinations.join(', ')}` : ''}`,
    licenseRequired: true,
    reviewPolicy: p.reviewPolicy,
    family: p.family,
    possibleExceptions: p.possibleExceptions,
    inputs,
  };
};
