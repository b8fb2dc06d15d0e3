import type { RuleEvaluator, RuleKind } from './rule.ts';
import { evaluateAntiTerrorism } from './rules/anti-terrorism.ts';
import { evaluateCountryChart } from './rules/country-chart.ts';
import { evaluateDestinationEmbargo } from './rules/destination-embargo.ts';
import { evaluateDestinationScope } from './rules/destination-scope.ts';
import { evaluateHeadquartersScope } from './rules/headquarters-scope.ts';
import { evaluatePerformanceReviewPolicy } from './rules/performance-review-policy.ts';
import { evaluateWorldwide } from './rules/worldwide.ts';

/** One evaluator per rule kind: the only place that knows the kinds. A missing kind fails the type check. */
export const EVALUATORS: { readonly [K in RuleKind]: RuleEvaluator<K> } = Object.freeze({
  'destination-scope': evaluateDestinationScope,
  'headquarters-scope': evaluateHeadquartersScope,
  worldwide: evaluateWorldwide,
  'performance-review-policy': evaluatePerformanceReviewPolicy,
  'destination-embargo': evaluateDestinationEmbargo,
  'anti-terrorism': evaluateAntiTerrorism,
  'country-chart': evaluateCountryChart,
});
