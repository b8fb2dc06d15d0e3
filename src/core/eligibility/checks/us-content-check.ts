import type { Check } from '../check-context.ts';
import { citationOfProgramRule, PROGRAM_RULES } from '../program-rules.ts';
import { usContent } from '../us-content.ts';

const usd = (n: number): string => `$${n.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

/** U.S. content of the hardware layer against the presumption threshold: flag for review below, never reject. */
export const checkUsContent: Check = ({ content, settings, rulesVersion }) => {
  const threshold = settings.usContentThresholdPercent;
  const result = usContent(content.layers.hardware, threshold);
  const base = {
    citations: [citationOfProgramRule(PROGRAM_RULES.usContent)],
    rulesVersion,
    subject: { path: 'content.layers.hardware', label: 'hardware layer' },
  };
  if (result.status === 'no_hardware') {
    return [
      {
        ...base,
        code: 'us_content_not_computable',
        severity: 'needs_review',
        title: 'U.S. content cannot be computed: no hardware',
        explanation: 'The hardware layer has no items, so its U.S.-origin share cannot be computed.',
      },
    ];
  }
  if (result.status === 'zero_value') {
    return [
      {
        ...base,
        code: 'us_content_not_computable',
        severity: 'needs_review',
        title: 'U.S. content cannot be computed: hardware value is zero',
        explanation: `The ${result.itemCount} hardware item(s) have a total value of $0, so a value-weighted share cannot be computed.`,
      },
    ];
  }
  const arithmetic = `${usd(result.usValueUsd)} U.S.-origin of ${usd(result.totalValueUsd)} = ${result.percentShown}%`;
  return [
    result.meetsThreshold
      ? {
          ...base,
          code: 'us_content_presumed_met',
          severity: 'info',
          title: `U.S. content ${result.percentShown}%: presumed met`,
          explanation: `${arithmetic}, at or above the ${threshold}% threshold: the U.S.-content part of the national-interest test is presumed met.`,
        }
      : {
          ...base,
          code: 'us_content_below_threshold',
          severity: 'needs_review',
          title: `U.S. content ${result.percentShown}%: below ${threshold}%`,
          explanation: `${arithmetic}, below the ${threshold}% presumption threshold: a reviewer weighs the U.S. content; the proposal is not rejected on this ground.`,
        },
  ];
};
