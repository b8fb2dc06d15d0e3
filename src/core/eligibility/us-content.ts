import type { HardwareItem } from '../package/proposal.schema.ts';
import { PERCENT_TOLERANCE } from './ownership-control.ts';

export type UsContent =
  | { status: 'no_hardware' }
  | { status: 'zero_value'; itemCount: number }
  | {
      status: 'computed';
      totalValueUsd: number;
      usValueUsd: number;
      /** unrounded share in percent */
      percent: number;
      /** the share shown to people: truncated (never rounded up) to two decimals */
      percentShown: string;
      meetsThreshold: boolean;
    };

/** Truncates to two decimals, so a share just below the threshold is never shown as the threshold. */
export const formatPercentDown = (percent: number): string =>
  (Math.floor(percent * 100 + PERCENT_TOLERANCE * 100) / 100).toFixed(2);

/**
 * U.S. content of the hardware layer: the value-weighted U.S.-origin share, Σ(value × U.S. share) / Σ value.
 * `valueUsd` is the line's value (all units of the line), so quantity does not multiply it again.
 */
export const usContent = (items: readonly HardwareItem[], thresholdPercent: number): UsContent => {
  if (items.length === 0) return { status: 'no_hardware' };
  const totalValueUsd = items.reduce((sum, i) => sum + i.valueUsd, 0);
  if (totalValueUsd <= 0) return { status: 'zero_value', itemCount: items.length };
  const usValueUsd = items.reduce((sum, i) => sum + (i.valueUsd * i.usOriginSharePercent) / 100, 0);
  const percent = (usValueUsd / totalValueUsd) * 100;
  return {
    status: 'computed',
    totalValueUsd,
    usValueUsd,
    percent,
    percentShown: formatPercentDown(percent),
    meetsThreshold: percent >= thresholdPercent - PERCENT_TOLERANCE,
  };
};
