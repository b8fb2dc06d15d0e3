/** The alerts inbox's two views: alerts not yet acknowledged, and those acknowledged. */
export const ALERT_STATUSES = ['open', 'acknowledged'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
